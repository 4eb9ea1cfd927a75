package org.socialworkr.post.internal;

import java.time.Instant;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.post.PostEdit;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.PostVisibility;

/**
 * A post as its aggregate: the changes an author or moderator may make, each guarded. Kept as a
 * plain class over {@link PostStore}'s SQL, since every other part of a post (reactions, tags,
 * recipients) is a row of its own and is read in batches anyway.
 */
class Post {

    private final long id;
    private final long authorId;
    private String body;
    private String bodyHtml;
    private String contentWarning;
    private final PostVisibility visibility;
    private final Long inReplyToId;
    private final Long threadRootId;
    private final Long repostOfId;
    private final Instant createdAt;
    private Instant editedAt;
    private Instant deletedAt;
    private final long version;
    private final Long groupId;
    private final String language;

    Post(
            long id,
            long authorId,
            String body,
            String bodyHtml,
            String contentWarning,
            PostVisibility visibility,
            Long inReplyToId,
            Long threadRootId,
            Long repostOfId,
            Instant createdAt,
            Instant editedAt,
            Instant deletedAt,
            long version,
            Long groupId,
            String language) {
        this.id = id;
        this.authorId = authorId;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.contentWarning = contentWarning;
        this.visibility = visibility;
        this.inReplyToId = inReplyToId;
        this.threadRootId = threadRootId;
        this.repostOfId = repostOfId;
        this.createdAt = createdAt;
        this.editedAt = editedAt;
        this.deletedAt = deletedAt;
        this.version = version;
        this.groupId = groupId;
        this.language = language;
    }

    /**
     * Replaces the text, returning the version replaced. Someone else's post is not found rather
     * than forbidden when the editor could not see it anyway; callers check visibility first.
     */
    PostEdit edit(long editorId, String newBody, String newBodyHtml, String newContentWarning, Instant now) {
        if (isDeleted()) {
            throw new PostNotFoundException();
        }
        if (editorId != authorId) {
            throw new NotAllowedException("error.post.notYours");
        }
        if (isRepost()) {
            throw new InvalidRequestException("error.post.repostNotEditable");
        }
        PostEdit replaced = new PostEdit(body, contentWarning, now);
        this.body = newBody;
        this.bodyHtml = newBodyHtml;
        this.contentWarning = newContentWarning;
        this.editedAt = now;
        return replaced;
    }

    /** @param groupModerator the actor moderates the group this post was published in */
    void delete(CurrentAccount actor, Instant now, boolean groupModerator) {
        if (isDeleted()) {
            throw new PostNotFoundException();
        }
        if (actor.id() != authorId && !actor.canUse(AccountRole.MODERATOR) && !groupModerator) {
            throw new NotAllowedException("error.post.notYours");
        }
        this.deletedAt = now;
    }

    /** Takes back a repost; only the member who reposted may. */
    void withdrawRepost(long accountId, Instant now) {
        if (!isRepost() || isDeleted() || accountId != authorId) {
            throw new NotAllowedException("error.post.notYours");
        }
        this.deletedAt = now;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    boolean isRepost() {
        return repostOfId != null;
    }

    long id() {
        return id;
    }

    long authorId() {
        return authorId;
    }

    String body() {
        return body;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String contentWarning() {
        return contentWarning;
    }

    PostVisibility visibility() {
        return visibility;
    }

    Long inReplyToId() {
        return inReplyToId;
    }

    Long threadRootId() {
        return threadRootId;
    }

    Long repostOfId() {
        return repostOfId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant editedAt() {
        return editedAt;
    }

    Instant deletedAt() {
        return deletedAt;
    }

    long version() {
        return version;
    }

    /** The group of a group post, else {@code null}. */
    Long groupId() {
        return groupId;
    }

    String language() {
        return language;
    }
}
