package org.socialworkr.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One post as a viewer sees it, ready for {@code post/card :: card(card)} and the JSON API.
 *
 * @param bodyHtml sanitized when the post was written; the only HTML a template may print unescaped
 * @param deleted a placeholder for a deleted post in a thread: no author, no text
 * @param repostOf for a repost: the card of the reposted post (this card's author is who reposted)
 * @param reactions how many gave each kind, kinds without reactions left out
 * @param editable the viewer wrote it
 * @param deletable the viewer wrote it or may moderate
 */
public record PostCard(
        long id,
        Author author,
        Instant createdAt,
        Instant editedAt,
        PostVisibility visibility,
        String contentWarning,
        String bodyHtml,
        String language,
        Long inReplyToId,
        boolean deleted,
        List<String> hashtags,
        List<Mention> mentions,
        List<Attachment> attachments,
        long replyCount,
        long repostCount,
        Map<ReactionKind, Long> reactions,
        Set<ReactionKind> myReactions,
        boolean bookmarked,
        boolean reposted,
        PostCard repostOf,
        boolean editable,
        boolean deletable) {

    public PostCard {
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
        attachments = List.copyOf(attachments);
        reactions = Map.copyOf(reactions);
        myReactions = Set.copyOf(myReactions);
    }

    public boolean edited() {
        return editedAt != null;
    }

    public boolean isRepost() {
        return repostOf != null;
    }

    public long reactionCount(ReactionKind kind) {
        return reactions.getOrDefault(kind, 0L);
    }

    public boolean reactedWith(ReactionKind kind) {
        return myReactions.contains(kind);
    }

    /** @param avatarUrl the small avatar, or {@code null} */
    public record Author(long id, String username, String displayName, String avatarUrl) {}

    /** A member linked from the text. */
    public record Mention(long id, String username) {}

    /** @param url relative to the application's context path */
    public record Attachment(String imageKey, String url, String altText) {}
}
