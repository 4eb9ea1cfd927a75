package org.socialworkr.api.mastodon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Mastodon's entities as its documentation (docs.joinmastodon.org/entities) spells them: ids are
 * strings, names are snake_case, absent values are {@code null} rather than missing. Where
 * SocialWorkr knows more, it adds fields that Mastodon clients ignore.
 */
public final class Entities {

    private Entities() {}

    /** A profile field ("name" and "value" as HTML). */
    public record Field(String name, String value, @JsonProperty("verified_at") Instant verifiedAt) {}

    /** The member's own settings, shown only by verify_credentials and update_credentials. */
    public record Source(
            String note,
            List<Field> fields,
            String privacy,
            boolean sensitive,
            String language,
            @JsonProperty("follow_requests_count") long followRequestsCount) {}

    /** {@code source} only for the member's own account (verify_credentials). */
    public record Account(
            String id,
            String username,
            String acct,
            String url,
            @JsonProperty("display_name") String displayName,
            String note,
            String avatar,
            @JsonProperty("avatar_static") String avatarStatic,
            String header,
            @JsonProperty("header_static") String headerStatic,
            boolean locked,
            List<Field> fields,
            List<Object> emojis,
            boolean bot,
            boolean group,
            Boolean discoverable,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("last_status_at") String lastStatusAt,
            @JsonProperty("statuses_count") long statusesCount,
            @JsonProperty("followers_count") long followersCount,
            @JsonProperty("following_count") long followingCount,
            @JsonInclude(JsonInclude.Include.NON_NULL) Source source) {

        public Account withSource(Source source) {
            return new Account(
                    id,
                    username,
                    acct,
                    url,
                    displayName,
                    note,
                    avatar,
                    avatarStatic,
                    header,
                    headerStatic,
                    locked,
                    fields,
                    emojis,
                    bot,
                    group,
                    discoverable,
                    createdAt,
                    lastStatusAt,
                    statusesCount,
                    followersCount,
                    followingCount,
                    source);
        }
    }

    public record MediaAttachment(
            String id,
            String type,
            String url,
            @JsonProperty("preview_url") String previewUrl,
            @JsonProperty("remote_url") String remoteUrl,
            Map<String, Object> meta,
            String description,
            String blurhash) {}

    public record Tag(String name, String url, List<Object> history, Boolean following) {}

    public record Mention(String id, String username, String url, String acct) {}

    public record Status(
            String id,
            String uri,
            @JsonProperty("created_at") Instant createdAt,
            Account account,
            String content,
            String visibility,
            boolean sensitive,
            @JsonProperty("spoiler_text") String spoilerText,
            @JsonProperty("media_attachments") List<MediaAttachment> mediaAttachments,
            Object application,
            List<Mention> mentions,
            List<Tag> tags,
            List<Object> emojis,
            @JsonProperty("reblogs_count") long reblogsCount,
            @JsonProperty("favourites_count") long favouritesCount,
            @JsonProperty("replies_count") long repliesCount,
            String url,
            @JsonProperty("in_reply_to_id") String inReplyToId,
            @JsonProperty("in_reply_to_account_id") String inReplyToAccountId,
            Status reblog,
            Object poll,
            Object card,
            String language,
            String text,
            @JsonProperty("edited_at") Instant editedAt,
            Boolean favourited,
            Boolean reblogged,
            Boolean muted,
            Boolean bookmarked,
            Boolean pinned,
            List<Object> filtered) {

        /** The same status with its Markdown source, as a delete answers for "delete and redraft". */
        public Status withText(String source) {
            return new Status(
                    id,
                    uri,
                    createdAt,
                    account,
                    content,
                    visibility,
                    sensitive,
                    spoilerText,
                    mediaAttachments,
                    application,
                    mentions,
                    tags,
                    emojis,
                    reblogsCount,
                    favouritesCount,
                    repliesCount,
                    url,
                    inReplyToId,
                    inReplyToAccountId,
                    reblog,
                    poll,
                    card,
                    language,
                    source,
                    editedAt,
                    favourited,
                    reblogged,
                    muted,
                    bookmarked,
                    pinned,
                    filtered);
        }
    }

    public record Context(List<Status> ancestors, List<Status> descendants) {}

    public record StatusEdit(
            String content,
            @JsonProperty("spoiler_text") String spoilerText,
            boolean sensitive,
            @JsonProperty("created_at") Instant createdAt,
            Account account,
            @JsonProperty("media_attachments") List<MediaAttachment> mediaAttachments,
            List<Object> emojis) {}

    public record Notification(
            String id,
            String type,
            @JsonProperty("created_at") Instant createdAt,
            Account account,
            Status status,
            @JsonProperty("group_key") String groupKey) {}

    /**
     * How the viewer stands towards another member. Mastodon's {@code blocked_by} is left out on
     * purpose: SocialWorkr never tells a member that someone blocked them. {@code connected} and
     * {@code connection_request_id} are SocialWorkr's.
     */
    public record Relationship(
            String id,
            boolean following,
            @JsonProperty("showing_reblogs") boolean showingReblogs,
            boolean notifying,
            List<String> languages,
            @JsonProperty("followed_by") boolean followedBy,
            boolean blocking,
            boolean muting,
            @JsonProperty("muting_notifications") boolean mutingNotifications,
            boolean requested,
            @JsonProperty("requested_by") boolean requestedBy,
            @JsonProperty("domain_blocking") boolean domainBlocking,
            boolean endorsed,
            String note,
            boolean connected,
            @JsonProperty("connection_request_id") String connectionRequestId) {

        public static Relationship of(long otherId, org.socialworkr.connection.Relationship relationship) {
            return new Relationship(
                    Long.toString(otherId),
                    relationship.following(),
                    relationship.following(),
                    false,
                    null,
                    relationship.followedBy(),
                    relationship.blocking(),
                    relationship.muting(),
                    relationship.muting(),
                    relationship.requestSent(),
                    relationship.requestReceived(),
                    false,
                    false,
                    "",
                    relationship.connected(),
                    relationship.pendingRequestId() == null
                            ? null
                            : relationship.pendingRequestId().toString());
        }
    }

    public record Marker(
            @JsonProperty("last_read_id") String lastReadId,
            long version,
            @JsonProperty("updated_at") Instant updatedAt) {}

    public record SearchResults(List<Account> accounts, List<Status> statuses, List<Tag> hashtags) {}

    /** A conversation as its member sees it: the other participants and the newest message. */
    public record Conversation(
            String id, boolean unread, List<Account> accounts, @JsonProperty("last_status") Status lastStatus) {}
}
