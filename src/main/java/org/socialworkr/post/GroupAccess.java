package org.socialworkr.post;

import java.util.Collection;
import java.util.Set;

/**
 * What the post module asks about groups, implemented by the group module (which depends on posts,
 * so this module cannot ask it directly; the same pattern as the profile module's
 * {@code ConnectionChecker}). Without a group module every answer is "no": group posts are then
 * seen by their authors only.
 */
public interface GroupAccess {

    /**
     * Whether the member (or visitor, {@code null}) may read the group's posts: members of the
     * group always, anyone else only in a public group they are not banned from.
     */
    boolean mayRead(Long viewerId, long groupId);

    /** The groups among {@code groupIds} whose posts the viewer may read: one query, however many. */
    Set<Long> readableAmong(Long viewerId, Collection<Long> groupIds);

    /** Whether the member may post to the group: members of it, never banned ones. */
    boolean mayPost(long accountId, long groupId);

    /** Whether the member is an owner or moderator of the group, who may remove its posts. */
    boolean mayModerate(long accountId, long groupId);

    /** The groups the member belongs to, whose posts join the member's home feed. */
    Set<Long> memberGroupIds(long accountId);
}
