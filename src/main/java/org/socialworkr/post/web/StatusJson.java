package org.socialworkr.post.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.ReactionKind;

/** The JSON shapes of the statuses API, Mastodon-like: ids are strings, names are snake_case. */
final class StatusJson {

    private StatusJson() {}

    record Account(
            String id, String username, String acct, @JsonProperty("display_name") String displayName, String url) {}

    record MediaAttachment(String id, String type, String url, String description) {}

    record Tag(String name, String url) {}

    record Mention(String id, String username, String acct, String url) {}

    record Status(
            String id,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("edited_at") Instant editedAt,
            @JsonProperty("in_reply_to_id") String inReplyToId,
            String content,
            @JsonProperty("spoiler_text") String spoilerText,
            boolean sensitive,
            String visibility,
            String url,
            Account account,
            @JsonProperty("replies_count") long repliesCount,
            @JsonProperty("reblogs_count") long reblogsCount,
            @JsonProperty("favourites_count") long favouritesCount,
            boolean favourited,
            boolean reblogged,
            boolean bookmarked,
            Status reblog,
            @JsonProperty("media_attachments") List<MediaAttachment> mediaAttachments,
            List<Tag> tags,
            List<Mention> mentions) {

        static Status of(PostCard card, InstanceProperties instance) {
            PostCard.Author author = card.author();
            String profileUrl = instance.absoluteUrl("/@" + author.username());
            return new Status(
                    Long.toString(card.id()),
                    card.createdAt(),
                    card.editedAt(),
                    card.inReplyToId() == null ? null : card.inReplyToId().toString(),
                    card.bodyHtml(),
                    card.contentWarning() == null ? "" : card.contentWarning(),
                    card.contentWarning() != null,
                    card.visibility().apiName(),
                    instance.absoluteUrl("/posts/" + card.id()),
                    new Account(
                            Long.toString(author.id()),
                            author.username(),
                            author.username(),
                            author.displayName(),
                            profileUrl),
                    card.replyCount(),
                    card.repostCount(),
                    card.reactionCount(ReactionKind.LIKE),
                    card.reactedWith(ReactionKind.LIKE),
                    card.reposted(),
                    card.bookmarked(),
                    card.repostOf() == null ? null : of(card.repostOf(), instance),
                    card.attachments().stream()
                            .map(media -> new MediaAttachment(
                                    media.imageKey(), "image", instance.absoluteUrl(media.url()), media.altText()))
                            .toList(),
                    card.hashtags().stream()
                            .map(tag -> new Tag(tag, instance.absoluteUrl("/tags/" + tag)))
                            .toList(),
                    card.mentions().stream()
                            .map(mention -> new Mention(
                                    Long.toString(mention.id()),
                                    mention.username(),
                                    mention.username(),
                                    instance.absoluteUrl("/@" + mention.username())))
                            .toList());
        }
    }

    record Context(List<Status> ancestors, List<Status> descendants) {}

    /** An earlier version: its Markdown source rendered like the post is. */
    record StatusEdit(
            String content,
            @JsonProperty("spoiler_text") String spoilerText,
            @JsonProperty("created_at") Instant createdAt) {}

    /**
     * A new status. Images are referred to by their media key; each needs its description (alt
     * text) at the same position in {@code media_descriptions}. A direct status goes to the members
     * it mentions.
     */
    record StatusRequest(
            String status,
            @JsonProperty("spoiler_text") String spoilerText,
            String visibility,
            @JsonProperty("in_reply_to_id") String inReplyToId,
            @JsonProperty("media_ids") List<String> mediaIds,
            @JsonProperty("media_descriptions") List<String> mediaDescriptions,
            @JsonProperty("confidentiality_confirmed") Boolean confidentialityConfirmed) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confidentialityConfirmed);
        }
    }
}
