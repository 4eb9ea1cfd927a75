package org.socialworkr.post.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialworkr.media.StoredImage;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostEdit;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.ReactionKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of posts. Plain SQL rather than JPA: a post's parts are rows of their own tables, cards
 * read them in one {@code IN (...)} query per detail, and inserts of the "already there?" kind
 * are written so that they neither fail nor abort the transaction on PostgreSQL.
 */
@Repository
class PostStore {

    private static final String POST_COLUMNS =
            """
            id, author_id, body, body_html, content_warning, visibility, in_reply_to_id, thread_root_id,
            repost_of_id, created_at, edited_at, deleted_at, version
            """;

    private final JdbcClient jdbc;

    PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewPost(
            long authorId,
            String body,
            String bodyHtml,
            String contentWarning,
            PostVisibility visibility,
            Long inReplyToId,
            Long threadRootId,
            Long repostOfId,
            Instant createdAt) {}

    long insert(NewPost post) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into posts (author_id, body, body_html, content_warning, visibility, in_reply_to_id,
                                           thread_root_id, repost_of_id, created_at, version)
                        values (:author, :body, :html, :cw, :visibility, :replyTo, :root, :repostOf, :now, 0)
                        """)
                .param("author", post.authorId())
                .param("body", post.body())
                .param("html", post.bodyHtml())
                .param("cw", post.contentWarning())
                .param("visibility", post.visibility().name())
                .param("replyTo", post.inReplyToId())
                .param("root", post.threadRootId())
                .param("repostOf", post.repostOfId())
                .param("now", time(post.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Post> find(long id) {
        return jdbc.sql("select " + POST_COLUMNS + " from posts where id = :id")
                .param("id", id)
                .query(PostStore::post)
                .optional();
    }

    List<Post> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + POST_COLUMNS + " from posts where id in (:ids)")
                .param("ids", ids)
                .query(PostStore::post)
                .list();
    }

    /** Saves text and state; a concurrent change in between fails rather than being overwritten. */
    void update(Post post) {
        int updated = jdbc.sql(
                        """
                        update posts set body = :body, body_html = :html, content_warning = :cw,
                                         edited_at = :edited, deleted_at = :deleted, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("body", post.body())
                .param("html", post.bodyHtml())
                .param("cw", post.contentWarning())
                .param("edited", time(post.editedAt()))
                .param("deleted", time(post.deletedAt()))
                .param("id", post.id())
                .param("version", post.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Post " + post.id() + " changed concurrently");
        }
    }

    void addEdit(long postId, PostEdit edit) {
        jdbc.sql(
                        """
                        insert into post_edits (post_id, body, content_warning, replaced_at)
                        values (:post, :body, :cw, :at)
                        """)
                .param("post", postId)
                .param("body", edit.body())
                .param("cw", edit.contentWarning())
                .param("at", time(edit.replacedAt()))
                .update();
    }

    List<PostEdit> edits(long postId) {
        return jdbc.sql("select body, content_warning, replaced_at from post_edits where post_id = :post order by id")
                .param("post", postId)
                .query((rs, row) ->
                        new PostEdit(rs.getString("body"), rs.getString("content_warning"), instant(rs, "replaced_at")))
                .list();
    }

    void addRecipients(long postId, Collection<Long> accountIds) {
        for (long accountId : accountIds) {
            jdbc.sql("insert into post_recipients (post_id, account_id) values (:post, :account)")
                    .param("post", postId)
                    .param("account", accountId)
                    .update();
        }
    }

    void replaceHashtags(long postId, Collection<String> tags) {
        jdbc.sql("delete from post_hashtags where post_id = :post")
                .param("post", postId)
                .update();
        for (String tag : tags) {
            jdbc.sql("insert into post_hashtags (post_id, tag) values (:post, :tag)")
                    .param("post", postId)
                    .param("tag", tag)
                    .update();
        }
    }

    void replaceMentions(long postId, Collection<Long> accountIds) {
        jdbc.sql("delete from post_mentions where post_id = :post")
                .param("post", postId)
                .update();
        for (long accountId : accountIds) {
            jdbc.sql("insert into post_mentions (post_id, account_id) values (:post, :account)")
                    .param("post", postId)
                    .param("account", accountId)
                    .update();
        }
    }

    void addMedia(long postId, List<PostCard.Attachment> attachments) {
        for (int position = 0; position < attachments.size(); position++) {
            jdbc.sql(
                            """
                            insert into post_media (post_id, position, image_key, alt_text)
                            values (:post, :position, :key, :alt)
                            """)
                    .param("post", postId)
                    .param("position", position)
                    .param("key", attachments.get(position).imageKey())
                    .param("alt", attachments.get(position).altText())
                    .update();
        }
    }

    Set<Long> recipients(long postId) {
        return Set.copyOf(jdbc.sql("select account_id from post_recipients where post_id = :post")
                .param("post", postId)
                .query(Long.class)
                .list());
    }

    Map<Long, Set<Long>> recipients(Collection<Long> postIds) {
        return pairs("select post_id, account_id from post_recipients where post_id in (:ids)", postIds);
    }

    boolean addReaction(long postId, long accountId, ReactionKind kind, Instant now) {
        return jdbc.sql(
                                """
                                insert into post_reactions (post_id, account_id, kind, created_at)
                                select :post, :account, :kind, :now from (values (1)) as one (x)
                                where not exists (select 1 from post_reactions
                                                  where post_id = :post and account_id = :account and kind = :kind)
                                """)
                        .param("post", postId)
                        .param("account", accountId)
                        .param("kind", kind.name())
                        .param("now", time(now))
                        .update()
                > 0;
    }

    void removeReaction(long postId, long accountId, ReactionKind kind) {
        jdbc.sql("delete from post_reactions where post_id = :post and account_id = :account and kind = :kind")
                .param("post", postId)
                .param("account", accountId)
                .param("kind", kind.name())
                .update();
    }

    void addBookmark(long postId, long accountId, Instant now) {
        jdbc.sql(
                        """
                        insert into post_bookmarks (account_id, post_id, created_at)
                        select :account, :post, :now from (values (1)) as one (x)
                        where not exists (select 1 from post_bookmarks where account_id = :account and post_id = :post)
                        """)
                .param("post", postId)
                .param("account", accountId)
                .param("now", time(now))
                .update();
    }

    void removeBookmark(long postId, long accountId) {
        jdbc.sql("delete from post_bookmarks where post_id = :post and account_id = :account")
                .param("post", postId)
                .param("account", accountId)
                .update();
    }

    Optional<Post> findRepost(long accountId, long postId) {
        return jdbc.sql("select " + POST_COLUMNS
                        + " from posts where author_id = :account and repost_of_id = :post and deleted_at is null")
                .param("account", accountId)
                .param("post", postId)
                .query(PostStore::post)
                .optional();
    }

    /** Every post of the thread that starts at {@code rootId}, the root included, oldest first. */
    List<ThreadEntry> thread(long rootId) {
        return jdbc.sql(
                        """
                        select id, in_reply_to_id from posts
                        where (id = :root or thread_root_id = :root) and repost_of_id is null
                        order by id
                        """)
                .param("root", rootId)
                .query((rs, row) -> new ThreadEntry(rs.getLong("id"), nullableLong(rs, "in_reply_to_id")))
                .list();
    }

    record ThreadEntry(long id, Long inReplyToId) {}

    List<Long> bookmarkedIds(long accountId, Long maxId, int limit) {
        return jdbc.sql(
                        """
                        select b.post_id from post_bookmarks b join posts p on p.id = b.post_id
                        where b.account_id = :account and p.deleted_at is null
                        """
                                + (maxId == null ? "" : " and b.post_id < :max")
                                + " order by b.post_id desc limit :limit")
                .param("account", accountId)
                .params(maxId == null ? Map.of() : Map.of("max", maxId))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    List<Long> taggedIds(
            String tag, Collection<PostVisibility> visibilities, Set<Long> hiddenAuthors, Long maxId, int limit) {
        return jdbc.sql(
                        """
                        select h.post_id from post_hashtags h join posts p on p.id = h.post_id
                        where h.tag = :tag and p.deleted_at is null and p.visibility in (:visibilities)
                        """
                                + (hiddenAuthors.isEmpty() ? "" : " and p.author_id not in (:hidden)")
                                + (maxId == null ? "" : " and h.post_id < :max")
                                + " order by h.post_id desc limit :limit")
                .param("tag", tag)
                .param("visibilities", visibilities.stream().map(Enum::name).toList())
                .params(hiddenAuthors.isEmpty() ? Map.of() : Map.of("hidden", hiddenAuthors))
                .params(maxId == null ? Map.of() : Map.of("max", maxId))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    List<Map.Entry<String, Long>> trending(Instant since, int limit) {
        return jdbc.sql(
                        """
                        select h.tag, count(distinct h.post_id) as posts
                        from post_hashtags h join posts p on p.id = h.post_id
                        where p.visibility = 'PUBLIC' and p.deleted_at is null and p.created_at >= :since
                        group by h.tag order by posts desc, h.tag limit :limit
                        """)
                .param("since", time(since))
                .param("limit", limit)
                .query((rs, row) -> Map.entry(rs.getString("tag"), rs.getLong("posts")))
                .list();
    }

    // Details for a page of cards: one query each, keyed by post id.

    Map<Long, Long> replyCounts(Collection<Long> ids) {
        return counts(
                "select in_reply_to_id, count(*) from posts where in_reply_to_id in (:ids) and deleted_at is null"
                        + " group by in_reply_to_id",
                ids);
    }

    Map<Long, Long> repostCounts(Collection<Long> ids) {
        return counts(
                "select repost_of_id, count(*) from posts where repost_of_id in (:ids) and deleted_at is null"
                        + " group by repost_of_id",
                ids);
    }

    Map<Long, Map<ReactionKind, Long>> reactionCounts(Collection<Long> ids) {
        Map<Long, Map<ReactionKind, Long>> counts = new HashMap<>();
        jdbc.sql("select post_id, kind, count(*) from post_reactions where post_id in (:ids) group by post_id, kind")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    counts.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                            .put(ReactionKind.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    Map<Long, Set<ReactionKind>> reactionsBy(long accountId, Collection<Long> ids) {
        Map<Long, Set<ReactionKind>> kinds = new HashMap<>();
        jdbc.sql("select post_id, kind from post_reactions where account_id = :account and post_id in (:ids)")
                .param("account", accountId)
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    kinds.computeIfAbsent(rs.getLong(1), id -> new HashSet<>())
                            .add(ReactionKind.valueOf(rs.getString(2)));
                });
        return kinds;
    }

    Set<Long> bookmarkedAmong(long accountId, Collection<Long> ids) {
        return Set.copyOf(
                jdbc.sql("select post_id from post_bookmarks where account_id = :account and post_id in (:ids)")
                        .param("account", accountId)
                        .param("ids", ids)
                        .query(Long.class)
                        .list());
    }

    Set<Long> repostedAmong(long accountId, Collection<Long> ids) {
        return Set.copyOf(jdbc.sql(
                        """
                        select distinct repost_of_id from posts
                        where author_id = :account and repost_of_id in (:ids) and deleted_at is null
                        """)
                .param("account", accountId)
                .param("ids", ids)
                .query(Long.class)
                .list());
    }

    Map<Long, List<String>> hashtags(Collection<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("select post_id, tag from post_hashtags where post_id in (:ids) order by post_id, tag")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return tags;
    }

    Map<Long, List<PostCard.Attachment>> media(Collection<Long> ids) {
        Map<Long, List<PostCard.Attachment>> media = new HashMap<>();
        jdbc.sql(
                        "select post_id, image_key, alt_text from post_media where post_id in (:ids) order by post_id, position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    String key = rs.getString(2);
                    media.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new PostCard.Attachment(key, StoredImage.urlOf(key), rs.getString(3)));
                });
        return media;
    }

    Map<Long, List<Long>> mentions(Collection<Long> ids) {
        Map<Long, List<Long>> mentions = new HashMap<>();
        if (ids.isEmpty()) {
            return mentions;
        }
        jdbc.sql("select post_id, account_id from post_mentions where post_id in (:ids) order by post_id, account_id")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    mentions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return mentions;
    }

    private Map<Long, Long> counts(String sql, Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    private Map<Long, Set<Long>> pairs(String sql, Collection<Long> ids) {
        Map<Long, Set<Long>> pairs = new HashMap<>();
        if (ids.isEmpty()) {
            return pairs;
        }
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            pairs.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
        });
        return pairs;
    }

    private static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(
                rs.getLong("id"),
                rs.getLong("author_id"),
                rs.getString("body"),
                rs.getString("body_html"),
                rs.getString("content_warning"),
                PostVisibility.valueOf(rs.getString("visibility")),
                nullableLong(rs, "in_reply_to_id"),
                nullableLong(rs, "thread_root_id"),
                nullableLong(rs, "repost_of_id"),
                instant(rs, "created_at"),
                instant(rs, "edited_at"),
                instant(rs, "deleted_at"),
                rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
