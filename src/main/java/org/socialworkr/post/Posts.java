package org.socialworkr.post;

import java.util.List;
import org.socialworkr.account.CurrentAccount;

/**
 * Writing posts and acting on them. Every command checks that the acting member may do it: a post
 * the member may not see is not found, someone else's post cannot be edited, and a block refuses
 * replies, reactions and reposts between the two members.
 */
public interface Posts {

    int MAX_TEXT_LENGTH = 5000;
    int MAX_CONTENT_WARNING_LENGTH = 120;
    int MAX_ATTACHMENTS = 4;
    int MAX_ALT_TEXT_LENGTH = 1500;

    /**
     * Checks the text with the confidentiality guard, renders it, links hashtags and mentions, and
     * stores it; {@link PostPublished} follows.
     *
     * @return the new post's id
     * @throws ConfidentialityFindingsException when the text may identify a client and the draft is not confirmed
     */
    long publish(long authorId, PostDraft draft);

    /** Keeps the version it replaces in the history; guarded like {@link #publish}. */
    void edit(long authorId, long postId, String text, String contentWarning, boolean confidentialityConfirmed);

    /** By the author, or by a moderator who logged in with two factors; {@link PostDeleted} follows. */
    void delete(CurrentAccount actor, long postId);

    /** Reacting twice with the same kind changes nothing. */
    void react(long accountId, long postId, ReactionKind kind);

    void unreact(long accountId, long postId, ReactionKind kind);

    /** Only public posts may be reposted; reposting twice changes nothing. */
    void repost(long accountId, long postId);

    void unrepost(long accountId, long postId);

    void bookmark(long accountId, long postId);

    void unbookmark(long accountId, long postId);

    /** The author's own text and content warning, for the edit form. */
    PostSource source(long authorId, long postId);

    /** Earlier versions, oldest first, for whoever may see the post. */
    List<PostEdit> history(CurrentAccount viewer, long postId);

    /** The post with its ancestors and replies, for whoever may see the post. */
    PostThread thread(CurrentAccount viewer, long postId);

    /** The member's bookmarks, newest post first, keyset-paged by post id. */
    IdPage bookmarks(long accountId, Long maxId, int limit);

    /** Public posts with the tag (and members-only ones for members) that the viewer may see. */
    IdPage tagged(String tag, CurrentAccount viewer, Long maxId, int limit);

    /** @param id the post's id */
    record PostSource(long id, String text, String contentWarning) {}

    /**
     * A post in its conversation, ids only (render them with {@link PostCards#threadCards}).
     *
     * @param ancestorIds from the thread's first post down to the parent
     * @param replyIds every later post of the thread under this one, oldest first
     */
    record PostThread(List<Long> ancestorIds, long postId, List<Long> replyIds) {

        public PostThread {
            ancestorIds = List.copyOf(ancestorIds);
            replyIds = List.copyOf(replyIds);
        }
    }
}
