package org.socialworkr.account.internal;

import java.util.Set;
import org.springframework.stereotype.Component;

/** Names that would be mistaken for the instance itself or collide with its pages. */
@Component
class ReservedUsernames {

    private static final Set<String> RESERVED = Set.of(
            "admin",
            "administrator",
            "root",
            "system",
            "support",
            "help",
            "moderator",
            "moderators",
            "socialworkr",
            "staff",
            "security",
            "abuse",
            "postmaster",
            "webmaster",
            "noreply",
            "no_reply",
            "api",
            "login",
            "logout",
            "signup",
            "settings",
            "people",
            "groups",
            "messages",
            "notifications",
            "tags",
            "search",
            "about",
            "privacy",
            "terms",
            "null",
            "undefined");

    boolean isReserved(String normalizedUsername) {
        return RESERVED.contains(normalizedUsername);
    }
}
