package org.socialworkr.post;

import java.util.List;
import org.socialworkr.account.CurrentAccount;

/**
 * The read model of posts: cards for a page of ids, with a constant number of queries whatever
 * the page size (the posts with their authors, then every detail in one more), never one per post.
 */
public interface PostCards {

    /**
     * Cards in the order of the ids; posts the viewer may not see, deleted posts and unknown ids
     * are left out.
     *
     * @param viewer the member, or {@code null} for a visitor
     */
    List<PostCard> cards(List<Long> ids, CurrentAccount viewer);

    /**
     * Like {@link #cards(List, CurrentAccount)}, with the viewer's scope already known (a feed keeps
     * it in memory), which saves the statements that work it out.
     *
     * @param scope the viewer's scope, as {@link PostAccess#scopeOf(CurrentAccount)} gives it
     */
    List<PostCard> cards(List<Long> ids, CurrentAccount viewer, ViewerScope scope);

    /** Like {@link #cards}, but a deleted post stays as a placeholder, so a thread keeps its shape. */
    List<PostCard> threadCards(List<Long> ids, CurrentAccount viewer);
}
