package org.socialworkr.post;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What decides which posts a viewer may see, and the one place where that rule is written.
 *
 * <p>For SQL (timelines), a row {@code p} of {@code posts} is visible to this viewer exactly when
 *
 * <pre>
 * p.deleted_at is null
 * and p.author_id not in (:blockedIds)
 * and (   p.visibility = 'PUBLIC'
 *      or (p.visibility = 'MEMBERS' and :viewerId is not null)
 *      or p.author_id = :viewerId
 *      or (p.visibility = 'CONNECTIONS' and p.author_id in (:connectionIds))
 *      or (p.visibility = 'DIRECT' and exists (select 1 from post_recipients r
 *                                              where r.post_id = p.id and r.account_id = :viewerId))
 *      or (p.visibility = 'GROUP' and p.group_id in (:groupIds)))
 * </pre>
 *
 * where {@code groupIds} are groups whose posts the viewer may read ({@link GroupAccess#mayRead}):
 * the group module decides, since membership and a group's privacy are its business. A scope
 * carries them only for the groups it was asked about ({@link #withReadableGroups}); a
 * {@code GROUP} post of any other group is seen by its author only.
 *
 * @param viewerId the member, or {@code null} for a visitor
 * @param connectionIds the viewer's connections (whose connections-only posts the viewer sees)
 * @param blockedIds members who blocked the viewer or whom the viewer blocked
 * @param groupIds groups whose posts the viewer may read, as far as they were asked about
 */
public record ViewerScope(Long viewerId, Set<Long> connectionIds, Set<Long> blockedIds, Set<Long> groupIds) {

    public static final ViewerScope VISITOR = new ViewerScope(null, Set.of(), Set.of());

    public ViewerScope(Long viewerId, Set<Long> connectionIds, Set<Long> blockedIds) {
        this(viewerId, connectionIds, blockedIds, Set.of());
    }

    public ViewerScope {
        connectionIds = Set.copyOf(connectionIds);
        blockedIds = Set.copyOf(blockedIds);
        groupIds = Set.copyOf(groupIds);
    }

    /** This scope, knowing also that the viewer may read these groups' posts. */
    public ViewerScope withReadableGroups(Set<Long> readable) {
        if (readable.isEmpty()) {
            return this;
        }
        Set<Long> all = new HashSet<>(groupIds);
        all.addAll(readable);
        return new ViewerScope(viewerId, connectionIds, blockedIds, all);
    }

    public boolean isMember() {
        return viewerId != null;
    }

    /** @param recipientIds the recipients of a direct post (ignored for other visibilities) */
    public boolean canSee(long authorId, PostVisibility visibility, Collection<Long> recipientIds) {
        return canSee(authorId, visibility, recipientIds, null);
    }

    /**
     * @param recipientIds the recipients of a direct post (ignored for other visibilities)
     * @param groupId the group of a group post (ignored for other visibilities)
     */
    public boolean canSee(long authorId, PostVisibility visibility, Collection<Long> recipientIds, Long groupId) {
        if (blockedIds.contains(authorId)) {
            return false;
        }
        if (viewerId != null && viewerId == authorId) {
            return true;
        }
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> isMember();
            case CONNECTIONS -> connectionIds.contains(authorId);
            case DIRECT -> isMember() && recipientIds.contains(viewerId);
            case GROUP -> groupId != null && groupIds.contains(groupId);
        };
    }
}
