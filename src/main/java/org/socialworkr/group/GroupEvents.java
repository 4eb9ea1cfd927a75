package org.socialworkr.group;

/** The events of the group module, published after the change commits' transaction. */
public final class GroupEvents {

    private GroupEvents() {}

    /** A member asked to join a private group; its owners and moderators are told. */
    public record GroupJoinRequested(long groupId, long accountId) {}

    /** A member joined (directly, by invitation, or approved by {@code approvedBy}, else {@code null}). */
    public record MemberJoined(long groupId, long accountId, Long approvedBy) {}

    /** A moderator invited a member. */
    public record MemberInvited(long groupId, long accountId, long invitedBy) {}

    /** A member left, was removed or banned. */
    public record MemberLeft(long groupId, long accountId) {}

    /** A moderator pinned a post. */
    public record PostPinned(long groupId, long postId, long pinnedBy) {}
}
