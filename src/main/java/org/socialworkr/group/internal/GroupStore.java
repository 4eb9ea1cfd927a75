package org.socialworkr.group.internal;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPostNotice;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.group.GroupRole;
import org.socialworkr.group.GroupSearch;
import org.socialworkr.group.ModerationAction;
import org.socialworkr.profile.PracticeArea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL of groups. Plain SQL like the post module's: members, requests, invitations, bans and
 * pins are rows of their own, read in one {@code IN (...)} query per detail for lists.
 */
@Repository
class GroupStore {

    private static final String COLUMNS =
            """
            g.id, g.slug, g.name, g.description, g.description_html, g.rules, g.rules_html, g.kind, g.privacy,
            g.region, g.cover_image_key, g.cover_alt_text, g.member_count, g.post_count, g.last_post_at,
            g.created_by, g.created_at
            """;

    /** A table of one row per group and member (or pinned post), with one detail and when it was added. */
    private record GroupListTable(String name, String keyColumn, String detailColumn, String timeColumn) {}

    private static final GroupListTable MEMBERS =
            new GroupListTable("group_members", "account_id", "role", "joined_at");
    private static final GroupListTable REQUESTS =
            new GroupListTable("group_join_requests", "account_id", "answers", "requested_at");
    private static final GroupListTable INVITATIONS =
            new GroupListTable("group_invitations", "account_id", "invited_by", "invited_at");
    private static final GroupListTable BANS = new GroupListTable("group_bans", "account_id", "banned_by", "banned_at");
    private static final GroupListTable PINS = new GroupListTable("group_pins", "post_id", "pinned_by", "pinned_at");

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(GroupRow group) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into community_groups (slug, name, description, description_html, rules, rules_html,
                            kind, privacy, region, member_count, post_count, created_by, created_at, version)
                        values (:slug, :name, :description, :descriptionHtml, :rules, :rulesHtml, :kind, :privacy,
                            :region, 0, 0, :createdBy, :createdAt, 0)
                        """)
                .param("slug", group.slug())
                .param("name", group.name())
                .param("description", group.description())
                .param("descriptionHtml", group.descriptionHtml())
                .param("rules", group.rules())
                .param("rulesHtml", group.rulesHtml())
                .param("kind", group.kind().name())
                .param("privacy", group.privacy().name())
                .param("region", group.region())
                .param("createdBy", group.createdBy())
                .param("createdAt", time(group.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(GroupRow group) {
        jdbc.sql(
                        """
                        update community_groups set slug = :slug, name = :name, description = :description,
                            description_html = :descriptionHtml, rules = :rules, rules_html = :rulesHtml, kind = :kind,
                            privacy = :privacy, region = :region, version = version + 1
                        where id = :id
                        """)
                .param("slug", group.slug())
                .param("name", group.name())
                .param("description", group.description())
                .param("descriptionHtml", group.descriptionHtml())
                .param("rules", group.rules())
                .param("rulesHtml", group.rulesHtml())
                .param("kind", group.kind().name())
                .param("privacy", group.privacy().name())
                .param("region", group.region())
                .param("id", group.id())
                .update();
    }

    void changeCover(long groupId, String key, String altText) {
        jdbc.sql("update community_groups set cover_image_key = :key, cover_alt_text = :alt where id = :id")
                .param("key", key)
                .param("alt", altText)
                .param("id", groupId)
                .update();
    }

    Optional<GroupRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from community_groups g where g.id = :id")
                .param("id", id)
                .query(GroupStore::group)
                .optional();
    }

    Optional<GroupRow> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from community_groups g where g.slug = :slug")
                .param("slug", slug.toLowerCase(Locale.ROOT))
                .query(GroupStore::group)
                .optional();
    }

    List<GroupRow> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from community_groups g where g.id in (:ids)")
                .param("ids", ids)
                .query(GroupStore::group)
                .list();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return jdbc.sql("select count(*) from community_groups where slug = :slug and id <> :except")
                        .param("slug", slug)
                        .param("except", exceptId == null ? -1L : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    // Tags and questions

    Map<Long, List<PracticeArea>> tags(Collection<Long> groupIds) {
        Map<Long, List<PracticeArea>> tags = new HashMap<>();
        if (groupIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("select group_id, tag from group_tags where group_id in (:ids) order by group_id, tag")
                .param("ids", groupIds)
                .query((ResultSet rs) -> {
                    tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(PracticeArea.valueOf(rs.getString(2)));
                });
        return tags;
    }

    void replaceTags(long groupId, Collection<PracticeArea> tags) {
        jdbc.sql("delete from group_tags where group_id = :id")
                .param("id", groupId)
                .update();
        for (PracticeArea tag : tags) {
            jdbc.sql("insert into group_tags (group_id, tag) values (:id, :tag)")
                    .param("id", groupId)
                    .param("tag", tag.name())
                    .update();
        }
    }

    List<String> questions(long groupId) {
        return jdbc.sql("select question from group_questions where group_id = :id order by position")
                .param("id", groupId)
                .query(String.class)
                .list();
    }

    void replaceQuestions(long groupId, List<String> questions) {
        jdbc.sql("delete from group_questions where group_id = :id")
                .param("id", groupId)
                .update();
        for (int position = 0; position < questions.size(); position++) {
            jdbc.sql("insert into group_questions (group_id, position, question) values (:id, :position, :question)")
                    .param("id", groupId)
                    .param("position", position)
                    .param("question", questions.get(position))
                    .update();
        }
    }

    // Members

    record MemberRow(long accountId, GroupRole role, GroupPostNotice notice, Instant joinedAt) {}

    Optional<MemberRow> member(long groupId, long accountId) {
        return jdbc.sql(
                        "select account_id, role, notify, joined_at from group_members where group_id = :group and account_id = :account")
                .param("group", groupId)
                .param("account", accountId)
                .query(GroupStore::member)
                .optional();
    }

    List<MemberRow> members(long groupId, int limit) {
        return jdbc.sql(
                        """
                        select account_id, role, notify, joined_at from group_members where group_id = :group
                        order by case role when 'OWNER' then 0 when 'MODERATOR' then 1 else 2 end, joined_at, account_id
                        limit :limit
                        """)
                .param("group", groupId)
                .param("limit", limit)
                .query(GroupStore::member)
                .list();
    }

    /** Members to tell of a new post: those who want all posts, and for a highlight those who want highlights. */
    List<Long> noticeRecipients(long groupId, boolean highlight) {
        return jdbc.sql("select account_id from group_members where group_id = :group and notify in (:notices)")
                .param("group", groupId)
                .param("notices", highlight ? List.of("ALL", "HIGHLIGHTS") : List.of("ALL"))
                .query(Long.class)
                .list();
    }

    List<Long> moderatorIds(long groupId) {
        return jdbc.sql(
                        "select account_id from group_members where group_id = :group and role in ('OWNER', 'MODERATOR')")
                .param("group", groupId)
                .query(Long.class)
                .list();
    }

    void addMember(long groupId, long accountId, GroupRole role, Instant now) {
        insertOnce(MEMBERS, groupId, accountId, role.name(), now);
        refreshMemberCount(groupId);
    }

    void removeMember(long groupId, long accountId) {
        delete(MEMBERS, groupId, accountId);
        refreshMemberCount(groupId);
    }

    void changeRole(long groupId, long accountId, GroupRole role) {
        jdbc.sql("update group_members set role = :role where group_id = :group and account_id = :account")
                .param("role", role.name())
                .param("group", groupId)
                .param("account", accountId)
                .update();
    }

    void changeNotice(long groupId, long accountId, GroupPostNotice notice) {
        jdbc.sql("update group_members set notify = :notice where group_id = :group and account_id = :account")
                .param("notice", notice.name())
                .param("group", groupId)
                .param("account", accountId)
                .update();
    }

    int countOwners(long groupId) {
        return jdbc.sql("select count(*) from group_members where group_id = :group and role = 'OWNER'")
                .param("group", groupId)
                .query(Integer.class)
                .single();
    }

    private void refreshMemberCount(long groupId) {
        jdbc.sql(
                        """
                        update community_groups
                        set member_count = (select count(*) from group_members m where m.group_id = :group)
                        where id = :group
                        """)
                .param("group", groupId)
                .update();
    }

    Set<Long> memberGroupIds(long accountId) {
        return Set.copyOf(jdbc.sql("select group_id from group_members where account_id = :account")
                .param("account", accountId)
                .query(Long.class)
                .list());
    }

    Set<Long> memberIdsAmong(long groupId, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                jdbc.sql("select account_id from group_members where group_id = :group and account_id in (:ids)")
                        .param("group", groupId)
                        .param("ids", accountIds)
                        .query(Long.class)
                        .list());
    }

    /** Groups among these whose posts the viewer may read: members', and public ones not banning the viewer. */
    Set<Long> readableAmong(Long viewerId, Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        if (viewerId == null) {
            return Set.copyOf(jdbc.sql("select id from community_groups where id in (:ids) and privacy = 'PUBLIC'")
                    .param("ids", groupIds)
                    .query(Long.class)
                    .list());
        }
        return Set.copyOf(jdbc.sql(
                        """
                        select g.id from community_groups g where g.id in (:ids)
                        and (exists (select 1 from group_members m where m.group_id = g.id and m.account_id = :viewer)
                             or (g.privacy = 'PUBLIC' and not exists (
                                 select 1 from group_bans b where b.group_id = g.id and b.account_id = :viewer)))
                        """)
                .param("ids", groupIds)
                .param("viewer", viewerId)
                .query(Long.class)
                .list());
    }

    // Requests, invitations, bans

    record RequestRow(long accountId, String answers, Instant requestedAt) {}

    boolean hasRequest(long groupId, long accountId) {
        return exists(REQUESTS, groupId, accountId);
    }

    void addRequest(long groupId, long accountId, String answers, Instant now) {
        insertOnce(REQUESTS, groupId, accountId, answers, now);
    }

    boolean removeRequest(long groupId, long accountId) {
        return delete(REQUESTS, groupId, accountId);
    }

    List<RequestRow> requests(long groupId) {
        return jdbc.sql(
                        "select account_id, answers, requested_at from group_join_requests where group_id = :group order by requested_at, account_id")
                .param("group", groupId)
                .query((rs, row) -> new RequestRow(rs.getLong(1), rs.getString(2), instant(rs, "requested_at")))
                .list();
    }

    boolean hasInvitation(long groupId, long accountId) {
        return exists(INVITATIONS, groupId, accountId);
    }

    void addInvitation(long groupId, long accountId, long invitedBy, Instant now) {
        insertOnce(INVITATIONS, groupId, accountId, invitedBy, now);
    }

    boolean removeInvitation(long groupId, long accountId) {
        return delete(INVITATIONS, groupId, accountId);
    }

    List<Long> invitedGroupIds(long accountId) {
        return jdbc.sql("select group_id from group_invitations where account_id = :account order by invited_at desc")
                .param("account", accountId)
                .query(Long.class)
                .list();
    }

    boolean isBanned(long groupId, long accountId) {
        return exists(BANS, groupId, accountId);
    }

    void addBan(long groupId, long accountId, long bannedBy, Instant now) {
        insertOnce(BANS, groupId, accountId, bannedBy, now);
    }

    boolean removeBan(long groupId, long accountId) {
        return delete(BANS, groupId, accountId);
    }

    List<Long> bannedIds(long groupId) {
        return jdbc.sql("select account_id from group_bans where group_id = :group order by banned_at desc")
                .param("group", groupId)
                .query(Long.class)
                .list();
    }

    // Pins and activity

    void addPin(long groupId, long postId, long by, Instant now) {
        insertOnce(PINS, groupId, postId, by, now);
    }

    void removePin(long groupId, long postId) {
        delete(PINS, groupId, postId);
    }

    List<Long> pinnedPostIds(long groupId) {
        return jdbc.sql("select post_id from group_pins where group_id = :group order by pinned_at desc, post_id desc")
                .param("group", groupId)
                .query(Long.class)
                .list();
    }

    void recordPost(long groupId, Instant at) {
        jdbc.sql(
                        """
                        update community_groups set post_count = post_count + 1,
                            last_post_at = case when last_post_at is null or last_post_at < :at then :at else last_post_at end
                        where id = :group
                        """)
                .param("group", groupId)
                .param("at", time(at))
                .update();
    }

    // Moderation log

    record LogRow(
            long id, long actorId, ModerationAction action, Long targetAccountId, Long targetPostId, Instant at) {}

    void log(
            long groupId, long actorId, ModerationAction action, Long targetAccountId, Long targetPostId, Instant now) {
        jdbc.sql(
                        """
                        insert into group_moderation_log (group_id, actor_id, action, target_account_id, target_post_id, created_at)
                        values (:group, :actor, :action, :account, :post, :now)
                        """)
                .param("group", groupId)
                .param("actor", actorId)
                .param("action", action.name())
                .param("account", targetAccountId)
                .param("post", targetPostId)
                .param("now", time(now))
                .update();
    }

    List<LogRow> log(long groupId, int limit) {
        return jdbc.sql(
                        """
                        select id, actor_id, action, target_account_id, target_post_id, created_at
                        from group_moderation_log where group_id = :group order by id desc limit :limit
                        """)
                .param("group", groupId)
                .param("limit", limit)
                .query((rs, row) -> new LogRow(
                        rs.getLong("id"),
                        rs.getLong("actor_id"),
                        ModerationAction.valueOf(rs.getString("action")),
                        nullableLong(rs, "target_account_id"),
                        nullableLong(rs, "target_post_id"),
                        instant(rs, "created_at")))
                .list();
    }

    // Discovery

    /**
     * Public and private groups, and hidden ones the viewer is in, matching every given filter,
     * most recently active first.
     */
    List<GroupRow> search(Long viewerId, GroupSearch search, Collection<Long> excludedIds, int limit) {
        StringBuilder sql =
                new StringBuilder("select " + COLUMNS + " from community_groups g where (g.privacy <> 'HIDDEN'");
        Map<String, Object> params = new HashMap<>();
        if (viewerId != null) {
            sql.append(" or exists (select 1 from group_members m where m.group_id = g.id and m.account_id = :viewer)");
            params.put("viewer", viewerId);
        }
        sql.append(")");
        if (search.q() != null && !search.q().isBlank()) {
            int i = 0;
            for (String word : search.q().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                String name = "q" + i++;
                sql.append(" and (lower(g.name) like :" + name + " escape '\\' or lower(g.description) like :" + name
                        + " escape '\\')");
                params.put(name, "%" + likeEscaped(word) + "%");
                if (i == 5) {
                    break;
                }
            }
        }
        if (search.kind() != null) {
            sql.append(" and g.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.tag() != null) {
            sql.append(" and exists (select 1 from group_tags t where t.group_id = g.id and t.tag = :tag)");
            params.put("tag", search.tag().name());
        }
        if (search.region() != null && !search.region().isBlank()) {
            sql.append(" and lower(g.region) like :region escape '\\'");
            params.put("region", "%" + likeEscaped(search.region().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (!excludedIds.isEmpty()) {
            sql.append(" and g.id not in (:excluded)");
            params.put("excluded", excludedIds);
        }
        sql.append(" order by g.last_post_at desc nulls last, g.member_count desc, g.id desc limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(GroupStore::group).list();
    }

    /** Groups the given members belong to, with how many of them belong to each, most shared first. */
    Map<Long, Integer> groupsOfMembers(Collection<Long> accountIds, int limit) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(
                        """
                        select group_id, count(*) as shared from group_members where account_id in (:ids)
                        group by group_id order by shared desc, group_id desc limit :limit
                        """)
                .param("ids", accountIds)
                .param("limit", limit)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    private boolean exists(GroupListTable table, long groupId, long key) {
        return jdbc.sql("select count(*) from " + table.name() + " where group_id = :group and " + table.keyColumn()
                                + " = :key")
                        .param("group", groupId)
                        .param("key", key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Adds the row unless the group has one for this key, so that repeating a join, request, ban or pin is harmless. */
    private void insertOnce(GroupListTable table, long groupId, long key, Object detail, Instant now) {
        jdbc.sql("insert into " + table.name() + " (group_id, " + table.keyColumn() + ", " + table.detailColumn() + ", "
                        + table.timeColumn() + ") select :group, :key, :detail, :now from (values (1)) as one (x)"
                        + " where not exists (select 1 from " + table.name() + " where group_id = :group and "
                        + table.keyColumn() + " = :key)")
                .param("group", groupId)
                .param("key", key)
                .param("detail", detail)
                .param("now", time(now))
                .update();
    }

    private boolean delete(GroupListTable table, long groupId, long key) {
        return jdbc.sql("delete from " + table.name() + " where group_id = :group and " + table.keyColumn() + " = :key")
                        .param("group", groupId)
                        .param("key", key)
                        .update()
                > 0;
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static GroupRow group(ResultSet rs, int row) throws SQLException {
        return new GroupRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("description_html"),
                rs.getString("rules"),
                rs.getString("rules_html"),
                GroupKind.valueOf(rs.getString("kind")),
                GroupPrivacy.valueOf(rs.getString("privacy")),
                rs.getString("region"),
                rs.getString("cover_image_key"),
                rs.getString("cover_alt_text"),
                rs.getInt("member_count"),
                rs.getInt("post_count"),
                instant(rs, "last_post_at"),
                rs.getLong("created_by"),
                instant(rs, "created_at"));
    }

    private static MemberRow member(ResultSet rs, int row) throws SQLException {
        return new MemberRow(
                rs.getLong("account_id"),
                GroupRole.valueOf(rs.getString("role")),
                GroupPostNotice.valueOf(rs.getString("notify")),
                instant(rs, "joined_at"));
    }

    static Set<Long> ids(Collection<GroupRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.id()));
        return ids;
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
