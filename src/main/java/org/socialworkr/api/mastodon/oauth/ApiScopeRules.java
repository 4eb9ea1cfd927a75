package org.socialworkr.api.mastodon.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which scope a bearer token needs for an API request, after Mastodon's documentation of each
 * method: reads need {@code read} or the endpoint's {@code read:} sub-scope, everything else
 * {@code write} or its {@code write:} sub-scope (follows, blocks and mutes also accept
 * {@code follow}). Endpoints not listed here, SocialWorkr's own included, need the whole family.
 * The first matching rule wins; add a line for a new endpoint with a narrower sub-scope.
 */
final class ApiScopeRules {

    /** What a request needs: a scope, and whether an app's own token (no member) is enough. */
    record Requirement(String scope, boolean memberRequired, boolean write) {}

    private record Rule(HttpMethod method, PathPattern pattern, String readScope, String writeScope) {

        boolean matches(HttpMethod requestMethod, PathContainer path) {
            return (method == null || method.equals(requestMethod)) && pattern.matches(path);
        }
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private static final List<Rule> RULES = List.of(
            rule(HttpMethod.GET, "/api/v1/accounts/verify_credentials", "profile", null),
            rule(null, "/api/v1/accounts/update_credentials", null, "write:accounts"),
            rule(null, "/api/v1/accounts/relationships", "read:follows", null),
            rule(null, "/api/v1/accounts/search", "read:accounts", null),
            rule(null, "/api/v1/accounts/{id}/follow", null, "write:follows"),
            rule(null, "/api/v1/accounts/{id}/unfollow", null, "write:follows"),
            rule(null, "/api/v1/accounts/{id}/block", null, "write:blocks"),
            rule(null, "/api/v1/accounts/{id}/unblock", null, "write:blocks"),
            rule(null, "/api/v1/accounts/{id}/mute", null, "write:mutes"),
            rule(null, "/api/v1/accounts/{id}/unmute", null, "write:mutes"),
            rule(null, "/api/v1/accounts/{id}/statuses", "read:statuses", null),
            rule(null, "/api/v1/accounts/**", "read:accounts", "write:accounts"),
            rule(null, "/api/v1/follow_requests/**", "read:follows", "write:follows"),
            rule(null, "/api/v1/blocks/**", "read:blocks", "write:blocks"),
            rule(null, "/api/v1/domain_blocks/**", "read:blocks", "write:blocks"),
            rule(null, "/api/v1/mutes/**", "read:mutes", "write:mutes"),
            rule(null, "/api/v1/statuses/{id}/favourite", null, "write:favourites"),
            rule(null, "/api/v1/statuses/{id}/unfavourite", null, "write:favourites"),
            rule(null, "/api/v1/statuses/{id}/bookmark", null, "write:bookmarks"),
            rule(null, "/api/v1/statuses/{id}/unbookmark", null, "write:bookmarks"),
            rule(null, "/api/v1/statuses/**", "read:statuses", "write:statuses"),
            rule(null, "/api/v1/timelines/**", "read:statuses", "write:statuses"),
            rule(null, "/api/v1/conversations/**", "read:statuses", "write:conversations"),
            rule(null, "/api/v1/markers/**", "read:statuses", "write:statuses"),
            rule(null, "/api/v1/favourites/**", "read:favourites", "write:favourites"),
            rule(null, "/api/v1/bookmarks/**", "read:bookmarks", "write:bookmarks"),
            rule(null, "/api/v1/notifications/**", "read:notifications", "write:notifications"),
            rule(null, "/api/v1/media/**", "write:media", "write:media"),
            rule(null, "/api/v2/media/**", "write:media", "write:media"),
            rule(null, "/api/v2/search/**", "read:search", null),
            rule(null, "/api/v1/lists/**", "read:lists", "write:lists"),
            rule(null, "/api/v1/filters/**", "read:filters", "write:filters"),
            rule(null, "/api/v2/filters/**", "read:filters", "write:filters"),
            rule(null, "/api/v1/reports/**", "read:reports", "write:reports"),
            rule(null, "/api/v1/push/**", "push", "push"),
            rule(null, "/api/v1/connections/**", "read:follows", "write:follows"),
            rule(null, "/api/v1/people/**", "read:accounts", null),
            rule(null, "/api/v1/confidentiality/**", "read:statuses", "write:statuses"));

    private static final PathPattern REGISTRATION = PARSER.parse("/api/v1/accounts");
    private static final PathPattern APP_CREDENTIALS = PARSER.parse("/api/v1/apps/verify_credentials");
    private static final PathPattern STREAMING = PARSER.parse("/api/v1/streaming/**");

    private ApiScopeRules() {}

    private static Rule rule(HttpMethod method, String pattern, String readScope, String writeScope) {
        return new Rule(method, PARSER.parse(pattern), readScope, writeScope);
    }

    static Requirement requirementOf(HttpServletRequest request) {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        boolean write =
                !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (HttpMethod.POST.equals(method) && REGISTRATION.matches(path)) {
            return new Requirement("write:accounts", false, true);
        }
        if (APP_CREDENTIALS.matches(path)) {
            return new Requirement(null, false, false);
        }
        if (STREAMING.matches(path)) {
            // Each stream needs its own scope (read:statuses, read:notifications), checked on subscribing.
            return new Requirement(null, true, false);
        }
        for (Rule rule : RULES) {
            if (rule.matches(method, path)) {
                String scope = write ? rule.writeScope() : rule.readScope();
                if (scope == null) {
                    // A write on a read-only resource (or the reverse) still needs its family.
                    scope = write ? MastodonScopes.WRITE : MastodonScopes.READ;
                }
                return new Requirement(scope, true, write);
            }
        }
        return new Requirement(write ? MastodonScopes.WRITE : MastodonScopes.READ, true, write);
    }
}
