package org.socialworkr.group;

/** What the moderation log records. */
public enum ModerationAction {
    GROUP_CREATED,
    GROUP_EDITED,
    COVER_CHANGED,
    REQUEST_APPROVED,
    REQUEST_DECLINED,
    MEMBER_INVITED,
    MEMBER_REMOVED,
    MEMBER_BANNED,
    MEMBER_UNBANNED,
    ROLE_CHANGED,
    OWNERSHIP_TRANSFERRED,
    POST_PINNED,
    POST_UNPINNED,
    POST_REMOVED;

    public String messageKey() {
        return "group.log." + name();
    }
}
