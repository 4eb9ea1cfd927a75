package org.socialworkr.post;

import java.util.Set;

/**
 * A post (or reply) was published.
 *
 * @param mentionedAccountIds the mentioned members who may see the post, never the author
 * @param inReplyToAuthorId the author of the post answered, if that author may see the reply (else
 *     {@code null}, as for a post that answers nothing)
 * @param groupId the group of a {@link PostVisibility#GROUP} post, else {@code null}
 * @param reply whether the post answers another one
 */
public record PostPublished(
        long postId,
        long authorId,
        PostVisibility visibility,
        Set<Long> mentionedAccountIds,
        Long inReplyToAuthorId,
        Long groupId,
        boolean reply) {

    public PostPublished {
        mentionedAccountIds = Set.copyOf(mentionedAccountIds);
    }
}
