package org.socialworkr.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who sees a group and its content, and how one joins.
 *
 * <ul>
 *   <li>{@code PUBLIC}: anyone sees it and its posts, and any member may join.
 *   <li>{@code PRIVATE}: anyone finds it; members join by request, and only they see its content.
 *   <li>{@code HIDDEN}: only its members (and whom they invited) know it exists; join by invitation.
 * </ul>
 */
public enum GroupPrivacy {
    PUBLIC,
    PRIVATE,
    HIDDEN;

    public String messageKey() {
        return "group.privacy." + name();
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupPrivacy> fromApiName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }
}
