package org.socialworkr.post;

import org.socialworkr.account.CurrentAccount;

/** Who may see which post: see {@link ViewerScope} for the rule, also as SQL. */
public interface PostAccess {

    /** Two queries (connections, blocks) for a member; none for a visitor. */
    ViewerScope scopeOf(CurrentAccount viewer);

    ViewerScope scopeOf(Long viewerId);

    /** Whether the member (or visitor, {@code null}) may see the post; deleted posts are seen by nobody. */
    boolean canSee(Long viewerId, long postId);

    /** The group a post (not deleted) was published in, or {@code null} for any other post or none. */
    Long groupIdOf(long postId);
}
