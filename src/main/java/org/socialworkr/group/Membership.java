package org.socialworkr.group;

/**
 * How the viewer stands with one group, and what that lets them do.
 *
 * @param role the role of a member, else {@code null}
 * @param notice which new posts a member is told about, else {@code null}
 */
public record Membership(MembershipState state, GroupRole role, GroupPostNotice notice) {

    public static final Membership NONE = new Membership(MembershipState.NONE, null, null);

    public boolean isMember() {
        return state == MembershipState.MEMBER;
    }

    public boolean moderates() {
        return isMember() && role != null && role.moderates();
    }

    public boolean isOwner() {
        return isMember() && role == GroupRole.OWNER;
    }
}
