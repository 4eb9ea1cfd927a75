package org.socialworkr.api.mastodon.oauth;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mastodon's OAuth scopes: {@code read}, {@code write}, {@code follow}, {@code push},
 * {@code profile} and the sub-scopes such as {@code read:statuses}. A token with a family scope
 * ({@code read}) has all of its sub-scopes; the legacy {@code follow} scope has the sub-scopes of
 * follows, blocks and mutes.
 */
final class MastodonScopes {

    static final String READ = "read";
    static final String WRITE = "write";
    static final String FOLLOW = "follow";
    static final String PUSH = "push";
    static final String PROFILE = "profile";

    static final List<String> READ_SUBSCOPES = List.of(
            "read:accounts",
            "read:blocks",
            "read:bookmarks",
            "read:favourites",
            "read:filters",
            "read:follows",
            "read:lists",
            "read:mutes",
            "read:notifications",
            "read:search",
            "read:statuses");

    static final List<String> WRITE_SUBSCOPES = List.of(
            "write:accounts",
            "write:blocks",
            "write:bookmarks",
            "write:conversations",
            "write:favourites",
            "write:filters",
            "write:follows",
            "write:lists",
            "write:media",
            "write:mutes",
            "write:notifications",
            "write:reports",
            "write:statuses");

    private static final Set<String> FOLLOW_SUBSCOPES =
            Set.of("read:blocks", "write:blocks", "read:follows", "write:follows", "read:mutes", "write:mutes");

    static final Set<String> ALL = all();

    private MastodonScopes() {}

    private static Set<String> all() {
        Set<String> all = new LinkedHashSet<>(List.of(READ, WRITE, FOLLOW, PUSH, PROFILE));
        all.addAll(READ_SUBSCOPES);
        all.addAll(WRITE_SUBSCOPES);
        return Set.copyOf(all);
    }

    /** Scopes as Mastodon clients send them: separated by spaces (or {@code +}); {@code read} when none. */
    static Set<String> parse(String scopes) {
        if (scopes == null || scopes.isBlank()) {
            return Set.of(READ);
        }
        return Arrays.stream(scopes.trim().split("[\\s+]+"))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static boolean isKnown(String scope) {
        return ALL.contains(scope);
    }

    /** The scopes an application may request when it registered {@code declared}: each with its sub-scopes. */
    static Set<String> withSubScopes(Set<String> declared) {
        Set<String> expanded = new LinkedHashSet<>(declared);
        if (declared.contains(READ)) {
            expanded.addAll(READ_SUBSCOPES);
        }
        if (declared.contains(WRITE)) {
            expanded.addAll(WRITE_SUBSCOPES);
        }
        if (declared.contains(FOLLOW)) {
            expanded.addAll(FOLLOW_SUBSCOPES);
        }
        expanded.add(PROFILE);
        return expanded;
    }

    /** Whether a token with {@code granted} may do what needs {@code required} (a family or a sub-scope). */
    static boolean satisfies(Set<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        int colon = required.indexOf(':');
        if (colon > 0 && granted.contains(required.substring(0, colon))) {
            return true;
        }
        return FOLLOW_SUBSCOPES.contains(required) && granted.contains(FOLLOW);
    }
}
