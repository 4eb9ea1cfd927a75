package org.socialworkr.post.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialworkr.post.GroupAccess;
import org.socialworkr.post.IdPage;
import org.socialworkr.post.PostAccess;
import org.socialworkr.post.PostLists;
import org.socialworkr.post.PostNotFoundException;
import org.socialworkr.post.ViewerScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PostLists} as one statement per list, with {@link ViewerScope}'s rule written in SQL. */
@Component
@Transactional(readOnly = true)
class PostListQueries implements PostLists {

    private final JdbcClient jdbc;
    private final PostAccess access;
    private final ObjectProvider<GroupAccess> groups;
    private final AuthorPostCounts authorCounts;

    PostListQueries(
            JdbcClient jdbc, PostAccess access, ObjectProvider<GroupAccess> groups, AuthorPostCounts authorCounts) {
        this.jdbc = jdbc;
        this.access = access;
        this.groups = groups;
        this.authorCounts = authorCounts;
    }

    @Override
    public IdPage byAuthor(
            long authorId,
            Long viewerId,
            Long maxId,
            Long sinceId,
            int limit,
            boolean excludeReplies,
            boolean excludeReposts,
            boolean onlyMedia) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("p.author_id = :author and ");
        params.put("author", authorId);
        where.append(visible(access.scopeOf(viewerId), params));
        if (excludeReplies) {
            where.append(" and p.in_reply_to_id is null");
        }
        if (excludeReposts) {
            where.append(" and p.repost_of_id is null");
        }
        if (onlyMedia) {
            where.append(" and exists (select 1 from post_media m where m.post_id = p.id)");
        }
        page(where, maxId, sinceId, params);
        return idPage("select p.id from posts p where " + where + " order by p.id desc", params, limit);
    }

    @Override
    public long countByAuthor(long authorId) {
        return countByAuthors(Set.of(authorId)).get(authorId);
    }

    @Override
    public Map<Long, Long> countByAuthors(Collection<Long> authorIds) {
        return authorIds.isEmpty() ? Map.of() : authorCounts.counts(authorIds, this::countPosts);
    }

    private Map<Long, Long> countPosts(Collection<Long> authorIds) {
        Map<Long, Long> counts = new HashMap<>();
        authorIds.forEach(id -> counts.put(id, 0L));
        jdbc.sql(
                        """
                        select author_id, count(*) from posts
                         where author_id in (:authors) and deleted_at is null
                         group by author_id""")
                .param("authors", authorIds)
                .query((rs, row) -> counts.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return counts;
    }

    @Override
    public IdPage favourites(long accountId, Long maxId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        StringBuilder where = new StringBuilder(
                "r.account_id = :account and r.kind = 'LIKE' and " + visible(access.scopeOf(accountId), params));
        page(where, maxId, null, params);
        return idPage(
                "select p.id from post_reactions r join posts p on p.id = r.post_id where " + where
                        + " order by p.id desc",
                params,
                limit);
    }

    @Override
    public List<Long> favouritedBy(Long viewerId, long postId, Long maxId, int limit) {
        Set<Long> blocked = visibleTo(viewerId, postId);
        return accounts(
                "select r.account_id from post_reactions r where r.post_id = :post and r.kind = 'LIKE'",
                "r.account_id",
                postId,
                blocked,
                maxId,
                limit);
    }

    @Override
    public List<Long> repostedBy(Long viewerId, long postId, Long maxId, int limit) {
        Set<Long> blocked = visibleTo(viewerId, postId);
        return accounts(
                "select p.author_id from posts p where p.repost_of_id = :post and p.deleted_at is null",
                "p.author_id",
                postId,
                blocked,
                maxId,
                limit);
    }

    @Override
    public Map<Long, Long> authorsOf(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> authors = new HashMap<>();
        jdbc.sql("select id, author_id from posts where id in (:ids)")
                .param("ids", Set.copyOf(postIds))
                .query((rs, row) -> authors.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return authors;
    }

    @Override
    public List<Long> search(String text, Long viewerId, Long maxId, int offset, int limit) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder("p.repost_of_id is null and lower(p.body) like :pattern escape '\\' and ");
        params.put("pattern", "%" + escapeLike(words) + "%");
        where.append(visible(access.scopeOf(viewerId), params));
        page(where, maxId, null, params);
        params.put("offset", Math.max(0, offset));
        params.put("limit", limit);
        return jdbc.sql("select p.id from posts p where " + where + " order by p.id desc limit :limit offset :offset")
                .params(params)
                .query(Long.class)
                .list();
    }

    @Override
    public List<String> searchTags(String prefix, int limit) {
        String wanted =
                prefix == null ? "" : prefix.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select h.tag from post_hashtags h where h.tag like :prefix escape '\\'
                        group by h.tag order by count(*) desc, h.tag limit :limit
                        """)
                .param("prefix", escapeLike(wanted) + "%")
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /** The members blocked either way by the viewer, once the viewer may see the post at all. */
    private Set<Long> visibleTo(Long viewerId, long postId) {
        if (!access.canSee(viewerId, postId)) {
            throw new PostNotFoundException();
        }
        return access.scopeOf(viewerId).blockedIds();
    }

    private List<Long> accounts(String select, String column, long postId, Set<Long> blocked, Long maxId, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(select);
        params.put("post", postId);
        if (!blocked.isEmpty()) {
            sql.append(" and ").append(column).append(" not in (:blocked)");
            params.put("blocked", blocked);
        }
        if (maxId != null) {
            sql.append(" and ").append(column).append(" < :maxId");
            params.put("maxId", maxId);
        }
        params.put("limit", limit);
        return jdbc.sql(sql + " order by " + column + " desc limit :limit")
                .params(params)
                .query(Long.class)
                .list();
    }

    private IdPage idPage(String sql, Map<String, Object> params, int limit) {
        params.put("limit", limit + 1);
        List<Long> ids =
                jdbc.sql(sql + " limit :limit").params(params).query(Long.class).list();
        if (ids.size() > limit) {
            return new IdPage(ids.subList(0, limit), ids.get(limit - 1));
        }
        return new IdPage(ids, null);
    }

    /** {@link ViewerScope}'s rule for a row {@code p} of {@code posts}. */
    private String visible(ViewerScope scope, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("p.deleted_at is null");
        if (!scope.blockedIds().isEmpty()) {
            sql.append(" and p.author_id not in (:blocked)");
            params.put("blocked", scope.blockedIds());
        }
        if (!scope.isMember()) {
            return sql.append(" and p.visibility = 'PUBLIC'").toString();
        }
        Set<Long> connectionsAndViewer = new HashSet<>(scope.connectionIds());
        connectionsAndViewer.add(scope.viewerId());
        params.put("viewer", scope.viewerId());
        params.put("connections", connectionsAndViewer);
        // Group posts of the viewer's groups, as in the home timeline; the group feed shows the rest.
        Set<Long> memberGroups = groups.getIfAvailable(() -> NoGroups.INSTANCE).memberGroupIds(scope.viewerId());
        String groupPosts = "";
        if (!memberGroups.isEmpty()) {
            groupPosts = " or (p.visibility = 'GROUP' and p.group_id in (:groups))";
            params.put("groups", memberGroups);
        }
        return sql.append(" and (p.visibility in ('PUBLIC', 'MEMBERS') or p.author_id = :viewer")
                .append(" or (p.visibility = 'CONNECTIONS' and p.author_id in (:connections))")
                .append(" or (p.visibility = 'DIRECT' and exists (select 1 from post_recipients r")
                .append(" where r.post_id = p.id and r.account_id = :viewer))")
                .append(groupPosts)
                .append(")")
                .toString();
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
