package org.socialworkr.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A member's role in a group. Owners and moderators moderate; only owners change roles. */
public enum GroupRole {
    OWNER,
    MODERATOR,
    MEMBER;

    public boolean moderates() {
        return this == OWNER || this == MODERATOR;
    }

    public String messageKey() {
        return "group.role." + name();
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupRole> fromApiName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(role -> role.name().equals(wanted))
                .findFirst();
    }
}
