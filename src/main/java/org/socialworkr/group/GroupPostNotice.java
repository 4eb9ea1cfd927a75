package org.socialworkr.group;

/**
 * Which new posts of a group a member is told about: all of them, the highlights (posts by owners
 * and moderators, and pinned posts), or none.
 */
public enum GroupPostNotice {
    ALL,
    HIGHLIGHTS,
    OFF;

    public String messageKey() {
        return "group.notice." + name();
    }
}
