package org.socialworkr.group;

import java.util.Locale;

/** Where a member stands with a group. */
public enum MembershipState {
    NONE,
    REQUESTED,
    INVITED,
    MEMBER,
    BANNED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
