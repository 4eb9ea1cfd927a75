package org.socialworkr.post.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
            repost_of_id, created_at, edited_at, deleted_at, version, group_id, language
            """;

    private static final String CARD_COLUMNS = POST_COLUMNS.replaceAll("(\\w+)", "p.$1")
            + ", a.username as author_username, a.display_name as author_display_name, a.status as author_status";

    /** Typed empty columns, so that every branch of {@link #cardDetails}' union has the same types. */
    private static final String NO_NUMBER = "cast(null as bigint)";

    private static final String NO_TEXT = "cast(null as varchar(1500))";

    private final JdbcClient jdbc;
    private final CardCache cards;
    private final AuthorPostCounts authorCounts;

    PostStore(JdbcClient jdbc, CardCache cards, AuthorPostCounts authorCounts) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.authorCounts = authorCounts;
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
            Instant createdAt,
            Long groupId,
            String language) {

        NewPost(
                long authorId,
                String body,
                String bodyHtml,
                String contentWarning,
                PostVisibility visibility,
                Long inReplyToId,
                Long threadRootId,
                Long repostOfId,
                Instant createdAt) {
            this(
                    authorId,
                    body,
                    bodyHtml,
                    contentWarning,
                    visibility,
                    inReplyToId,
                    threadRootId,
                    repostOfId,
                    createdAt,
                    null,
                    null);
        }
    }

    long insert(NewPost post) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into posts (author_id, body, body_html, content_warning, visibility, in_reply_to_id,
                                           thread_root_id, repost_of_id, created_at, version, group_id, language)
                        values (:author, :body, :html, :cw, :visibility, :replyTo, :root, :repostOf, :now, 0, :group,
                                :language)
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
                .param("group", post.groupId())
                .param("language", post.language())
                .update(keys, "id");
        // The post answered counts one more reply, the post reposted one more repost.
        cards.evictAfterCommit(post.inReplyToId(), post.repostOfId());
        authorCounts.evictAfterCommit(post.authorId());
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
        cards.evictAfterCommit(post.id(), post.inReplyToId(), post.repostOfId());
        if (post.isDeleted()) {
            authorCounts.evictAfterCommit(post.authorId());
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
        cards.evictAfterCommit(postId);
        for (long accountId : accountIds) {
            jdbc.sql("insert into post_recipients (post_id, account_id) values (:post, :account)")
                    .param("post", postId)
                    .param("account", accountId)
                    .update();
        }
    }

    void replaceHashtags(long postId, Collection<String> tags) {
        cards.evictAfterCommit(postId);
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
        cards.evictAfterCommit(postId);
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
        cards.evictAfterCommit(postId);
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

    boolean addReaction(long postId, long accountId, ReactionKind kind, Instant now) {
        cards.evictAfterCommit(postId);
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
        cards.evictAfterCommit(postId);
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

    /** A post as a card shows it, with what the card needs of its author. */
    record CardRow(Post post, String authorUsername, String authorDisplayName, boolean authorActive) {}

    /**
     * The posts and the posts they repost, with their authors, in one statement. It reads the
     * account module's table for the author's name and status, deliberately: a page costs one
     * statement here instead of two for the account module's entities (and their roles).
     */
    Map<Long, CardRow> cardRows(Collection<Long> ids) {
        Map<Long, CardRow> rows = new HashMap<>();
        jdbc.sql("select " + CARD_COLUMNS + " from posts p join accounts a on a.id = p.author_id where p.id in (:ids)"
                        + " union all select " + CARD_COLUMNS + " from posts p join accounts a on a.id = p.author_id"
                        + " where p.id in (select r.repost_of_id from posts r where r.id in (:ids))")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    Post post = post(rs, 0);
                    rows.put(
                            post.id(),
                            new CardRow(
                                    post,
                                    rs.getString("author_username"),
                                    rs.getString("author_display_name"),
                                    "ACTIVE".equals(rs.getString("author_status"))));
                });
        return rows;
    }

    /**
     * Everything else a page of cards shows, in one statement: a {@code union all} of one branch
     * per detail, each an {@code IN (...)} range of an index keyed by post id, tagged with its kind.
     * Mentioned members are read from the account module's table, like authors in {@link #cardRows}.
     * No statement at all when there is nothing to read.
     *
     * @param ids the posts whose shared details (those every viewer sees) are read; may be empty
     * @param directIds the direct posts among {@code ids}, whose recipients decide who sees them
     * @param viewerId the member, for the reactions, bookmarks and reposts of their own, or {@code null}
     * @param markedIds the posts whose reactions, bookmarks and reposts by the viewer are read
     */
    CardDetails cardDetails(
            Collection<Long> ids, Collection<Long> directIds, Long viewerId, Collection<Long> markedIds) {
        List<String> branches = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!ids.isEmpty()) {
            branches.addAll(List.of(
                    "select 'M' k, m.post_id, m.account_id n, a.username s, " + NO_TEXT
                            + " from post_mentions m join accounts a on a.id = m.account_id"
                            + " where m.post_id in (:ids) and a.status = 'ACTIVE'",
                    "select 'H', post_id, " + NO_NUMBER + ", tag, " + NO_TEXT
                            + " from post_hashtags where post_id in (:ids)",
                    "select 'I', post_id, cast(position as bigint), image_key, alt_text from post_media where post_id in (:ids)",
                    "select 'R', in_reply_to_id, count(*), " + NO_TEXT + ", " + NO_TEXT
                            + " from posts where in_reply_to_id in (:ids) and deleted_at is null group by in_reply_to_id",
                    "select 'P', repost_of_id, count(*), " + NO_TEXT + ", " + NO_TEXT
                            + " from posts where repost_of_id in (:ids) and deleted_at is null group by repost_of_id",
                    "select 'X', post_id, count(*), kind, " + NO_TEXT
                            + " from post_reactions where post_id in (:ids) group by post_id, kind"));
            params.put("ids", ids);
        }
        if (!directIds.isEmpty()) {
            branches.add("select 'D', post_id, account_id, " + NO_TEXT + ", " + NO_TEXT
                    + " from post_recipients where post_id in (:direct)");
            params.put("direct", directIds);
        }
        if (viewerId != null && !markedIds.isEmpty()) {
            branches.add("select 'm', post_id, " + NO_NUMBER + ", kind, " + NO_TEXT
                    + " from post_reactions where account_id = :viewer and post_id in (:marked)");
            branches.add("select 'B', post_id, " + NO_NUMBER + ", " + NO_TEXT + ", " + NO_TEXT
                    + " from post_bookmarks where account_id = :viewer and post_id in (:marked)");
            branches.add("select 'S', repost_of_id, " + NO_NUMBER + ", " + NO_TEXT + ", " + NO_TEXT
                    + " from posts where author_id = :viewer and repost_of_id in (:marked) and deleted_at is null");
            params.put("viewer", viewerId);
            params.put("marked", markedIds);
        }
        CardDetails details = new CardDetails();
        if (!branches.isEmpty()) {
            jdbc.sql(String.join(" union all ", branches)).params(params).query(details::add);
        }
        details.sort();
        return details;
    }

    /** The details of a page of cards by post id, filled from {@link #cardDetails}' rows. */
    static final class CardDetails {

        final Map<Long, Set<Long>> recipients = new HashMap<>();
        final Map<Long, List<PostCard.Mention>> mentions = new HashMap<>();
        final Map<Long, List<String>> hashtags = new HashMap<>();
        final Map<Long, List<PostCard.Attachment>> media = new HashMap<>();
        final Map<Long, Long> replies = new HashMap<>();
        final Map<Long, Long> reposts = new HashMap<>();
        final Map<Long, Map<ReactionKind, Long>> reactions = new HashMap<>();
        final Map<Long, Set<ReactionKind>> mine = new HashMap<>();
        final Set<Long> bookmarked = new HashSet<>();
        final Set<Long> reposted = new HashSet<>();
        private final Map<Long, Map<Integer, PostCard.Attachment>> mediaByPosition = new HashMap<>();

        private void add(ResultSet rs) throws SQLException {
            long postId = rs.getLong(2);
            long number = rs.getLong(3);
            String text = rs.getString(4);
            switch (rs.getString(1)) {
                case "M" -> mentions.computeIfAbsent(postId, id -> new ArrayList<>())
                        .add(new PostCard.Mention(number, text));
                case "H" -> hashtags.computeIfAbsent(postId, id -> new ArrayList<>())
                        .add(text);
                case "I" -> mediaByPosition
                        .computeIfAbsent(postId, id -> new TreeMap<>())
                        .put((int) number, new PostCard.Attachment(text, StoredImage.urlOf(text), rs.getString(5)));
                case "R" -> replies.put(postId, number);
                case "P" -> reposts.put(postId, number);
                case "X" -> reactions
                        .computeIfAbsent(postId, id -> new EnumMap<>(ReactionKind.class))
                        .put(ReactionKind.valueOf(text), number);
                case "D" -> recipients
                        .computeIfAbsent(postId, id -> new HashSet<>())
                        .add(number);
                case "m" -> mine.computeIfAbsent(postId, id -> new HashSet<>()).add(ReactionKind.valueOf(text));
                case "B" -> bookmarked.add(postId);
                case "S" -> reposted.add(postId);
                default -> throw new IllegalStateException("Unknown detail " + rs.getString(1));
            }
        }

        /** In the order the cards show them: mentions by member id, tags alphabetically, images by position. */
        private void sort() {
            mentions.values().forEach(list -> list.sort(Comparator.comparingLong(PostCard.Mention::id)));
            hashtags.values().forEach(Collections::sort);
            mediaByPosition.forEach((postId, images) -> media.put(postId, List.copyOf(images.values())));
        }
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
                rs.getLong("version"),
                nullableLong(rs, "group_id"),
                rs.getString("language"));
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
