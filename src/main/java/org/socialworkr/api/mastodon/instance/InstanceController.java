package org.socialworkr.api.mastodon.instance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a Mastodon client asks a server before anything else: the Instance entity (v1 and v2,
 * with the limits clients enforce while composing), custom emojis (none), and NodeInfo 2.0 for
 * the wider Fediverse. All public.
 */
@RestController
class InstanceController {

    static final String MASTODON_VERSION = "4.3.0 (compatible; SocialWorkr 0.1.0)";
    static final int MAX_CHARACTERS = 5000;
    static final int MAX_MEDIA_ATTACHMENTS = 4;
    private static final Duration STATISTICS_LIFETIME = Duration.ofMinutes(1);

    private final InstanceProperties instance;
    private final JdbcClient jdbc;
    private volatile Statistics statistics;

    InstanceController(InstanceProperties instance, JdbcClient jdbc) {
        this.instance = instance;
        this.jdbc = jdbc;
    }

    record Statistics(long users, long activeMonth, long posts, long countedAt) {}

    @Bean
    static PublicPaths instancePublicPaths() {
        return () -> List.of(
                "/api/v1/instance",
                "/api/v1/instance/**",
                "/api/v2/instance",
                "/api/v1/custom_emojis",
                "/.well-known/nodeinfo",
                "/nodeinfo/2.0");
    }

    @GetMapping("/api/v2/instance")
    Map<String, Object> instanceV2() {
        Statistics stats = statistics();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("domain", domain());
        body.put("title", instance.name());
        body.put("version", MASTODON_VERSION);
        body.put("source_url", "https://github.com/socialworkr/socialworkr");
        body.put("description", description());
        body.put("usage", Map.of("users", Map.of("active_month", stats.activeMonth())));
        body.put("thumbnail", thumbnail());
        body.put("icon", List.of());
        body.put("languages", List.of("en"));
        Map<String, Object> configuration = configuration();
        configuration.put("urls", urls());
        configuration.put("vapid", Map.of("public_key", ""));
        configuration.put("accounts", Map.of("max_featured_tags", 0, "max_pinned_statuses", 0));
        configuration.put("translation", Map.of("enabled", false));
        body.put("configuration", configuration);
        body.put("registrations", Map.of("enabled", true, "approval_required", false, "message", ""));
        body.put("api_versions", Map.of("mastodon", 2));
        body.put("contact", contact());
        body.put("rules", List.of());
        return body;
    }

    @GetMapping("/api/v1/instance")
    Map<String, Object> instanceV1() {
        Statistics stats = statistics();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uri", domain());
        body.put("title", instance.name());
        body.put("short_description", description());
        body.put("description", description());
        body.put("email", "");
        body.put("version", MASTODON_VERSION);
        body.put("urls", Map.of("streaming_api", streamingUrl()));
        body.put("stats", Map.of("user_count", stats.users(), "status_count", stats.posts(), "domain_count", 0));
        body.put("thumbnail", null);
        body.put("languages", List.of("en"));
        body.put("registrations", true);
        body.put("approval_required", false);
        body.put("invites_enabled", false);
        Map<String, Object> configuration = configuration();
        configuration.put("accounts", Map.of("max_featured_tags", 0));
        body.put("configuration", configuration);
        body.put("contact_account", null);
        body.put("rules", List.of());
        return body;
    }

    @GetMapping("/api/v1/custom_emojis")
    List<Object> customEmojis() {
        return List.of();
    }

    @GetMapping("/.well-known/nodeinfo")
    Map<String, Object> nodeInfoLinks() {
        return Map.of(
                "links",
                List.of(Map.of(
                        "rel",
                        "http://nodeinfo.diaspora.software/ns/schema/2.0",
                        "href",
                        instance.absoluteUrl("/nodeinfo/2.0"))));
    }

    @GetMapping(path = "/nodeinfo/2.0")
    Map<String, Object> nodeInfo() {
        Statistics stats = statistics();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "2.0");
        body.put("software", Map.of("name", "socialworkr", "version", "0.1.0"));
        body.put("protocols", List.of());
        body.put("services", Map.of("outbound", List.of(), "inbound", List.of()));
        body.put(
                "usage",
                Map.of(
                        "users",
                        Map.of(
                                "total", stats.users(),
                                "activeMonth", stats.activeMonth(),
                                "activeHalfyear", stats.activeMonth()),
                        "localPosts",
                        stats.posts()));
        body.put("openRegistrations", true);
        body.put("metadata", Map.of("nodeName", instance.name()));
        return body;
    }

    private Map<String, Object> configuration() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put(
                "statuses",
                Map.of(
                        "max_characters", MAX_CHARACTERS,
                        "max_media_attachments", MAX_MEDIA_ATTACHMENTS,
                        "characters_reserved_per_url", 23));
        configuration.put(
                "media_attachments",
                Map.of(
                        "supported_mime_types", List.of("image/jpeg", "image/png", "image/gif", "image/webp"),
                        "image_size_limit", 10 * 1024 * 1024,
                        "image_matrix_limit", 16_777_216,
                        "video_size_limit", 0,
                        "video_frame_rate_limit", 0,
                        "video_matrix_limit", 0,
                        "description_limit", 1500));
        configuration.put(
                "polls",
                Map.of(
                        "max_options", 0,
                        "max_characters_per_option", 0,
                        "min_expiration", 0,
                        "max_expiration", 0));
        return configuration;
    }

    private Map<String, Object> urls() {
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("streaming", streamingUrl());
        urls.put("status", null);
        return urls;
    }

    private Map<String, Object> contact() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", "");
        contact.put("account", null);
        return contact;
    }

    private Map<String, Object> thumbnail() {
        Map<String, Object> thumbnail = new LinkedHashMap<>();
        thumbnail.put("url", instance.absoluteUrl("/images/favicon.svg"));
        return thumbnail;
    }

    private String description() {
        return "A professional social network for social workers.";
    }

    private String domain() {
        String base = instance.absoluteUrl("");
        return ServletUriComponentsBuilder.fromUriString(base).build().getHost();
    }

    private String streamingUrl() {
        return instance.absoluteUrl("").replaceFirst("^http", "ws");
    }

    /** Counted at most once a minute: every client asks on start, and the numbers are approximate anyway. */
    private Statistics statistics() {
        Statistics current = statistics;
        long now = System.currentTimeMillis();
        if (current == null || now - current.countedAt() > STATISTICS_LIFETIME.toMillis()) {
            current = new Statistics(
                    count(() -> jdbc.sql("select count(*) from accounts where status = 'ACTIVE'")
                            .query(Long.class)
                            .single()),
                    count(() -> jdbc.sql(
                                    "select count(distinct author_id) from posts where created_at > current_timestamp - interval '30' day")
                            .query(Long.class)
                            .single()),
                    count(() -> jdbc.sql("select count(*) from posts")
                            .query(Long.class)
                            .single()),
                    now);
            statistics = current;
        }
        return current;
    }

    private static long count(Supplier<Long> query) {
        try {
            Long value = query.get();
            return value == null ? 0 : value;
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
