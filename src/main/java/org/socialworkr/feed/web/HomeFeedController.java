package org.socialworkr.feed.web;

import java.time.Duration;
import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.web.PublicPaths;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.feed.HomeFeed.FeedPage;
import org.socialworkr.post.Trending;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page: the web module's welcome page for visitors, the feed for members. "Older posts" is a
 * plain link to {@code /?max_id=...} that htmx turns into loading the next page in place; the
 * "new posts" notice polls a small fragment every 30 seconds.
 */
@Controller
class HomeFeedController {

    static final String NEW_POSTS_PATH = "/feed/new";

    /** htmx stops polling on this status. */
    private static final int STOP_POLLING = 286;

    private static final int TRENDING_TAGS = 5;
    private static final Duration TRENDING_WINDOW = Duration.ofDays(7);

    private final HomeFeed feed;
    private final Trending trending;

    HomeFeedController(HomeFeed feed, Trending trending) {
        this.feed = feed;
        this.trending = trending;
    }

    @GetMapping("/")
    String home(
            CurrentAccount currentAccount, @RequestParam(name = "max_id", required = false) Long maxId, Model model) {
        if (currentAccount == null) {
            return "web/welcome";
        }
        FeedPage page = feed.home(currentAccount, maxId, null, HomeFeed.DEFAULT_LIMIT);
        model.addAttribute("page", page);
        model.addAttribute("olderPage", maxId != null);
        model.addAttribute("tags", trending.top(TRENDING_TAGS, TRENDING_WINDOW));
        return "feed/home";
    }

    /** The next older page without the layout, for htmx to put in place of the "Older posts" link. */
    @GetMapping("/feed/page")
    String olderPage(
            CurrentAccount currentAccount, @RequestParam(name = "max_id", required = false) Long maxId, Model model) {
        model.addAttribute("page", feed.home(currentAccount, maxId, null, HomeFeed.DEFAULT_LIMIT));
        // The cards' forms return to the page they were sent from: the home page, not this fragment.
        model.addAttribute("currentPath", "/");
        return "feed/partials/page :: page";
    }

    /**
     * No content while nothing is new, so htmx leaves the page alone. Open to visitors so that a
     * page left open after logging out gets a status that ends polling instead of a login redirect.
     */
    @GetMapping(NEW_POSTS_PATH)
    Object newPosts(CurrentAccount currentAccount, @RequestParam(name = "since_id", defaultValue = "0") long sinceId) {
        if (currentAccount == null) {
            return ResponseEntity.status(STOP_POLLING).build();
        }
        int count = feed.countNewer(currentAccount.id(), sinceId);
        if (count == 0) {
            return ResponseEntity.noContent().build();
        }
        ModelAndView fragment = new ModelAndView("feed/partials/new-posts :: new-posts");
        fragment.addObject("sinceId", sinceId);
        fragment.addObject("newCount", Math.min(count, HomeFeed.NEW_POSTS_CAP));
        fragment.addObject("moreThanCap", count > HomeFeed.NEW_POSTS_CAP);
        return fragment;
    }

    @Bean
    static PublicPaths feedPublicPaths() {
        return () -> List.of(NEW_POSTS_PATH);
    }
}
