package org.socialworkr.post.internal;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.socialworkr.post.Timelines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timelines as one SQL statement each, read on request ("fan-out on read").
 *
 * <p><b>Why fan-out on read.</b> A home page is "the newest posts by these authors", which the
 * database answers with short index ranges ({@code ix_posts_author (author_id, id desc)} per author,
 * or the primary key backwards when the followed authors post often); nothing is written when a
 * member posts, follows, unfollows, mutes or blocks, so the feed is right at once and there is no
 * backlog to rebuild. Fan-out on write would copy each post into an inbox
 * row per follower and read a home page as one range of that inbox; it reads less, but writes as
 * many rows as the author has followers, and every follow, unfollow, mute, block and visibility
 * rule has to be replayed into the inboxes.
 *
 * <p><b>Measured</b> on PostgreSQL 15 (2 cores) with {@code TimelineFanOutMeasurement} (test scope):
 * 10,000 members, 1.57 million follows (157 followees on average, 50 to 500), 300,000 posts. Fan-out
 * on read: first page p50 1.4 ms, p99 7.8 ms; fifth page p50 1.5 ms; "new posts" count p50 1.6 ms.
 * Fan-out on write: reading the inbox p50 0.1 ms, but 75 million inbox rows for these posts (251 per
 * post, 6,739 for the most followed member) and 141 ms (p50) to fan one popular member's post out.
 * Fan-out on read wins: a millisecond more per page against write amplification and replaying
 * every follow, mute and block into inboxes. Details in docs/architecture.md, "Home feed".
 *
 * <p><b>At full size</b> (100,000 members, 9.3 million follows, 2,000,000 posts; bench/README.md)
 * fan-out on read stays: this statement takes 0.7 to 3 ms (see {@link #homeIds}). What made pages
 * cost 20 times a trivial request was their CPU around it (statements for the network, scope and
 * cards; link building and card rendering in the HTML page). The feed module now keeps each
 * reader's newest page of ids until an author in their network posts, and {@link CardCache} what
 * every viewer sees of a post until it changes: the feed module's package documentation explains
 * that choice against inbox rows.
 */
@Component
@Transactional(readOnly = true)
class TimelineQueries implements Timelines {

    /**
     * The parent of a reply by a plain join, not {@code exists}: PostgreSQL then looks up the parent
     * of each candidate row by primary key (0.3 ms a page) instead of hashing every post of every
     * followed author first (20 ms).
     */
    private static final String HOME_FROM =
            "select p.id from posts p left join posts parent on parent.id = p.in_reply_to_id where ";

    private static final String ANY_AUTHOR = "p.author_id in (:authors)";

    private final JdbcClient jdbc;

    /** Whether the database takes {@code cross join lateral} (PostgreSQL does, H2 does not). */
    private final boolean perAuthor;

    TimelineQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.perAuthor = "PostgreSQL"
                .equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    @Override
    public List<Long> home(HomeAudience audience, Long maxId, Long sinceId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("limit", limit);
        return jdbc.sql(homeIds(audience, maxId, sinceId, ":limit", params))
                .params(params)
                .query(Long.class)
                .list();
    }

    @Override
    public int countNewer(HomeAudience audience, long sinceId, int cap) {
        Map<String, Object> params = new HashMap<>();
        params.put("cap", cap);
        return jdbc.sql("select count(*) from (" + homeIds(audience, null, sinceId, ":cap", params) + ") newer")
                .params(params)
                .query(Integer.class)
                .single();
    }

    /**
     * The newest home timeline ids, at most {@code limit}. On PostgreSQL each author's newest posts
     * come from their own range of {@code ix_posts_author} ({@code cross join lateral}, at most
     * {@code limit} rows each), and the page is the newest of those, plus the newest group posts.
     * Measured at 100,000 members: 0.7 to 3 ms for five random members, where the single query took
     * 13 to 85 ms, because the planner walked the primary key backwards through tens of thousands of
     * posts of other members (it expects the followed authors' posts to be spread evenly over time)
     * or fetched every post of every followed author to sort them. H2 has no lateral joins; it
     * answers the single query from the author index.
     */
    private String homeIds(HomeAudience audience, Long maxId, Long sinceId, String limit, Map<String, Object> params) {
        String where = homeConditions(audience, maxId, sinceId, params, ANY_AUTHOR, true);
        if (!perAuthor) {
            return HOME_FROM + where + " order by p.id desc limit " + limit;
        }
        // Only "author_id = a.author_id" may restrict the author here: with the list as well, or
        // the group posts' "or", PostgreSQL scans every author's range once per author.
        String network = "select x.id from unnest(cast(array[:authors] as bigint[])) a (author_id) cross join lateral ("
                + HOME_FROM + homeConditions(audience, maxId, sinceId, params, "p.author_id = a.author_id", false)
                + " order by p.id desc limit " + limit + ") x";
        String groups = audience.groupIds().isEmpty()
                ? ""
                : " union select g.id from (" + HOME_FROM + "p.group_id in (:groups) and (" + where
                        + ") order by p.id desc limit " + limit + ") g";
        return "select id from (" + network + groups + ") page order by id desc limit " + limit;
    }

    @Override
    public List<Long> publicTimeline(Set<Long> hiddenAuthorIds, Long maxId, Long sinceId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder("p.visibility = 'PUBLIC' and p.deleted_at is null and p.in_reply_to_id is null");
        page(where, maxId, sinceId, params);
        if (!hiddenAuthorIds.isEmpty()) {
            where.append(" and p.author_id not in (:hidden)");
            hideReposts(where, hiddenAuthorIds, params);
        }
        params.put("limit", limit);
        return jdbc.sql("select p.id from posts p where " + where + " order by p.id desc limit :limit")
                .params(params)
                .query(Long.class)
                .list();
    }

    @Override
    public List<Long> group(long groupId, Set<Long> hiddenAuthorIds, Long maxId, Long sinceId, Long minId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("p.group_id = :group and p.visibility = 'GROUP'"
                + " and p.deleted_at is null and p.in_reply_to_id is null");
        params.put("group", groupId);
        page(where, maxId, sinceId, params);
        if (minId != null) {
            where.append(" and p.id > :minId");
            params.put("minId", minId);
        }
        if (!hiddenAuthorIds.isEmpty()) {
            where.append(" and p.author_id not in (:hidden)");
            params.put("hidden", hiddenAuthorIds);
        }
        params.put("limit", limit);
        List<Long> ids = new ArrayList<>(jdbc.sql("select p.id from posts p where " + where + " order by p.id "
                        + (minId == null ? "desc" : "asc") + " limit :limit")
                .params(params)
                .query(Long.class)
                .list());
        if (minId != null) {
            Collections.reverse(ids);
        }
        return ids;
    }

    /**
     * {@link org.socialworkr.post.ViewerScope}'s visibility rule in SQL (blocked members are already
     * out of the author set), so paging never has to skip rows after the fact. {@code author_id in (...)}
     * lets the database walk {@code ix_posts_author} per author.
     *
     * @param authorCondition which authors: {@link #ANY_AUTHOR}, or one author of a lateral join
     * @param withGroups whether the viewer's group posts join the network's posts
     */
    private static String homeConditions(
            HomeAudience audience,
            Long maxId,
            Long sinceId,
            Map<String, Object> params,
            String authorCondition,
            boolean withGroups) {
        Set<Long> authors = new HashSet<>(audience.authorIds());
        authors.add(audience.viewerId());
        // Never empty, so "in (:connections)" stays valid SQL; the viewer's own posts match anyway.
        Set<Long> connectionsAndViewer = new HashSet<>(audience.connectionIds());
        connectionsAndViewer.add(audience.viewerId());
        params.put("viewer", audience.viewerId());
        params.put("authors", authors);
        params.put("connections", connectionsAndViewer);
        StringBuilder where = new StringBuilder(
                """
                %s and p.deleted_at is null
                and (p.visibility in ('PUBLIC', 'MEMBERS') or p.author_id = :viewer
                     or (p.visibility = 'CONNECTIONS' and p.author_id in (:connections))
                     or (p.visibility = 'DIRECT' and exists (
                         select 1 from post_recipients r where r.post_id = p.id and r.account_id = :viewer)))
                and (p.in_reply_to_id is null or parent.author_id in (:authors))
                """
                        .formatted(authorCondition));
        if (withGroups && !audience.groupIds().isEmpty()) {
            groupPosts(where, audience, params);
        }
        page(where, maxId, sinceId, params);
        if (!audience.hiddenAuthorIds().isEmpty()) {
            hideReposts(where, audience.hiddenAuthorIds(), params);
        }
        return where.toString();
    }

    /**
     * Adds the top-level posts of the viewer's groups by anyone not hidden: {@code (network) or
     * (group posts)}. Only members with groups pay for the second index range ({@code ix_posts_group}).
     */
    private static void groupPosts(StringBuilder where, HomeAudience audience, Map<String, Object> params) {
        where.insert(0, "((");
        where.append(") or (p.group_id in (:groups) and p.visibility = 'GROUP' and p.deleted_at is null"
                + " and p.in_reply_to_id is null");
        if (!audience.hiddenAuthorIds().isEmpty()) {
            where.append(" and p.author_id not in (:hiddenAuthors)");
            params.put("hiddenAuthors", audience.hiddenAuthorIds());
        }
        where.append("))");
        params.put("groups", audience.groupIds());
    }

    private static void page(StringBuilder where, Long maxId, Long sinceId, Map<String, Object> params) {
        if (maxId != null) {
            where.append(" and p.id < :maxId");
            params.put("maxId", maxId);
        }
        if (sinceId != null) {
            where.append(" and p.id > :sinceId");
            params.put("sinceId", sinceId);
        }
    }

    /** A followee's repost of a muted or blocked member's post would show that member's words. */
    private static void hideReposts(StringBuilder where, Set<Long> hiddenAuthorIds, Map<String, Object> params) {
        where.append(" and (p.repost_of_id is null or not exists (select 1 from posts original"
                + " where original.id = p.repost_of_id and original.author_id in (:hidden)))");
        params.put("hidden", hiddenAuthorIds);
    }
}
