package org.socialworkr.post;

/** The reactions a member may give a post: a like, and a few that say more in a professional setting. */
public enum ReactionKind {
    LIKE,
    INSIGHTFUL,
    SUPPORT,
    CELEBRATE,
    CURIOUS;

    public String messageKey() {
        return "post.reaction." + name();
    }
}
