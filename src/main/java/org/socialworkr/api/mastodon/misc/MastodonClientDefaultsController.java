package org.socialworkr.api.mastodon.misc;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.api.mastodon.Entities.Tag;
import org.socialworkr.api.mastodon.StatusViews;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.post.Trending;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Mastodon apps ask for when they start, answered so that they work: trending hashtags from
 * the post module, the member's posting preferences, and empty lists for what SocialWorkr does not
 * have (lists, filters, announcements, followed and featured tags, suggestions).
 */
@RestController
class MastodonClientDefaultsController {

    /** The window the trending tags count posts in, as on the web. */
    static final Duration TRENDING_WINDOW = Duration.ofDays(7);

    private final Trending trending;
    private final StatusViews statuses;

    MastodonClientDefaultsController(Trending trending, StatusViews statuses) {
        this.trending = trending;
        this.statuses = statuses;
    }

    @GetMapping({"/api/v1/trends", "/api/v1/trends/tags"})
    List<Tag> trendingTags(@RequestParam(required = false) Integer limit) {
        int size = limit == null ? 10 : Math.max(1, Math.min(limit, 20));
        return trending.top(size, TRENDING_WINDOW).stream()
                .map(tag -> statuses.tag(tag.tag()))
                .toList();
    }

    /** Public by default, as on the web's composer; nothing is marked sensitive; content warnings shown. */
    @GetMapping("/api/v1/preferences")
    Map<String, Object> preferences(CurrentAccount currentAccount) {
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("posting:default:visibility", "public");
        preferences.put("posting:default:sensitive", false);
        preferences.put("posting:default:language", null);
        preferences.put("reading:expand:media", "default");
        preferences.put("reading:expand:spoilers", false);
        return preferences;
    }

    @GetMapping({
        "/api/v1/lists",
        "/api/v1/filters",
        "/api/v2/filters",
        "/api/v1/announcements",
        "/api/v1/followed_tags",
        "/api/v1/suggestions",
        "/api/v2/suggestions",
        "/api/v1/accounts/{id:\\d+}/featured_tags",
        "/api/v1/accounts/{id:\\d+}/lists",
        "/api/v1/featured_tags"
    })
    List<Object> nothingYet() {
        return List.of();
    }

    @Bean
    static PublicPaths mastodonTrendsPublicPaths() {
        return () -> List.of("/api/v1/trends", "/api/v1/trends/tags");
    }
}
