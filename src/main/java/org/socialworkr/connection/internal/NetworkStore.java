package org.socialworkr.connection.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialworkr.connection.NetworkCounts;
import org.socialworkr.connection.NetworkEntry;
import org.socialworkr.connection.NetworkPage;
import org.socialworkr.connection.Relationship;
import org.socialworkr.profile.FieldVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows, blocks, mutes and settings, and every read of the relationship tables, in plain SQL.
 * Follows, blocks and mutes are bare links without behaviour: inserting with {@code on conflict
 * do nothing} makes them idempotent and safe against a double click without a lock, and tells
 * whether the link is new (so its event is published once). Reads batch with {@code IN} and page
 * by the row id, newest first.
 */
@Component
class NetworkStore {

    private static final String ACCEPTED = MemberConnection.Status.ACCEPTED.name();

    private final JdbcClient jdbc;

    NetworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean addFollow(long followerId, long followeeId, Instant now) {
        return jdbc.sql(
                                """
                        insert into follows (follower_id, followee_id, created_at) values (:follower, :followee, :now)
                        on conflict do nothing""")
                        .param("follower", followerId)
                        .param("followee", followeeId)
                        .param("now", timestamp(now))
                        .update()
                == 1;
    }

    void removeFollow(long followerId, long followeeId) {
        jdbc.sql("delete from follows where follower_id = :follower and followee_id = :followee")
                .param("follower", followerId)
                .param("followee", followeeId)
                .update();
    }

    void removeFollowsBetween(long memberId, long otherId) {
        removeFollow(memberId, otherId);
        removeFollow(otherId, memberId);
    }

    boolean addBlock(long blockerId, long blockedId, Instant now) {
        return jdbc.sql(
                                """
                        insert into blocks (blocker_id, blocked_id, created_at) values (:blocker, :blocked, :now)
                        on conflict do nothing""")
                        .param("blocker", blockerId)
                        .param("blocked", blockedId)
                        .param("now", timestamp(now))
                        .update()
                == 1;
    }

    void removeBlock(long blockerId, long blockedId) {
        jdbc.sql("delete from blocks where blocker_id = :blocker and blocked_id = :blocked")
                .param("blocker", blockerId)
                .param("blocked", blockedId)
                .update();
    }

    void addMute(long muterId, long mutedId, Instant now) {
        jdbc.sql(
                        "insert into mutes (muter_id, muted_id, created_at) values (:muter, :muted, :now) on conflict do nothing")
                .param("muter", muterId)
                .param("muted", mutedId)
                .param("now", timestamp(now))
                .update();
    }

    void removeMute(long muterId, long mutedId) {
        jdbc.sql("delete from mutes where muter_id = :muter and muted_id = :muted")
                .param("muter", muterId)
                .param("muted", mutedId)
                .update();
    }

    /** Removes the request or connection between the two, whoever asked; returns whether there was one. */
    boolean removeConnectionBetween(long memberId, long otherId) {
        return jdbc.sql("delete from connections where member_low = :low and member_high = :high")
                        .param("low", Math.min(memberId, otherId))
                        .param("high", Math.max(memberId, otherId))
                        .update()
                > 0;
    }

    boolean removeAcceptedConnectionBetween(long memberId, long otherId) {
        return jdbc.sql(
                                "delete from connections where member_low = :low and member_high = :high and status = :accepted")
                        .param("low", Math.min(memberId, otherId))
                        .param("high", Math.max(memberId, otherId))
                        .param("accepted", ACCEPTED)
                        .update()
                > 0;
    }

    boolean blocks(long blockerId, long blockedId) {
        return jdbc.sql("select count(*) from blocks where blocker_id = :blocker and blocked_id = :blocked")
                        .param("blocker", blockerId)
                        .param("blocked", blockedId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean blockedEitherWay(long memberId, long otherId) {
        return jdbc.sql(
                                """
                        select count(*) from blocks
                        where (blocker_id = :a and blocked_id = :b) or (blocker_id = :b and blocked_id = :a)""")
                        .param("a", memberId)
                        .param("b", otherId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean connected(long memberId, long otherId) {
        return jdbc.sql(
                                """
                        select count(*) from connections
                        where member_low = :low and member_high = :high and status = :accepted""")
                        .param("low", Math.min(memberId, otherId))
                        .param("high", Math.max(memberId, otherId))
                        .param("accepted", ACCEPTED)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Every link between the viewer and the others in one statement: each row names its kind, the
     * other member, and for connections the request's id, requester and status.
     */
    Map<Long, Relationship> relationships(long viewerId, Collection<Long> otherIds) {
        Map<Long, Builder> builders = new HashMap<>();
        otherIds.forEach(id -> builders.put(id, new Builder()));
        if (otherIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql(
                        """
                        select 'following' as kind, followee_id as other_id, cast(null as bigint) as request_id,
                               cast(null as bigint) as requester_id, cast(null as varchar(20)) as status
                          from follows where follower_id = :viewer and followee_id in (:others)
                        union all
                        select 'followed_by', follower_id, null, null, null
                          from follows where followee_id = :viewer and follower_id in (:others)
                        union all
                        select 'blocking', blocked_id, null, null, null
                          from blocks where blocker_id = :viewer and blocked_id in (:others)
                        union all
                        select 'blocked_by', blocker_id, null, null, null
                          from blocks where blocked_id = :viewer and blocker_id in (:others)
                        union all
                        select 'muting', muted_id, null, null, null
                          from mutes where muter_id = :viewer and muted_id in (:others)
                        union all
                        select 'connection', member_high, id, requester_id, status
                          from connections where member_low = :viewer and member_high in (:others)
                        union all
                        select 'connection', member_low, id, requester_id, status
                          from connections where member_high = :viewer and member_low in (:others)""")
                .param("viewer", viewerId)
                .param("others", otherIds)
                .query(rs -> {
                    Builder builder = builders.get(rs.getLong("other_id"));
                    if (builder != null) {
                        builder.add(rs, viewerId);
                    }
                });
        Map<Long, Relationship> relationships = new HashMap<>();
        builders.forEach((id, builder) -> relationships.put(id, builder.build()));
        return relationships;
    }

    Set<Long> connectionIds(long memberId) {
        return new HashSet<>(jdbc.sql(
                        """
                        select member_high from connections where member_low = :member and status = :accepted
                        union all
                        select member_low from connections where member_high = :member and status = :accepted""")
                .param("member", memberId)
                .param("accepted", ACCEPTED)
                .query(Long.class)
                .list());
    }

    Set<Long> followingIds(long memberId) {
        return new HashSet<>(jdbc.sql("select followee_id from follows where follower_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .list());
    }

    Set<Long> blockedEitherWay(long memberId) {
        return new HashSet<>(jdbc.sql(
                        """
                        select blocked_id from blocks where blocker_id = :member
                        union
                        select blocker_id from blocks where blocked_id = :member""")
                .param("member", memberId)
                .query(Long.class)
                .list());
    }

    Set<Long> mutedIds(long memberId) {
        return new HashSet<>(jdbc.sql("select muted_id from mutes where muter_id = :member")
                .param("member", memberId)
                .query(Long.class)
                .list());
    }

    List<Long> connectionsInCommon(long memberId, long otherId, int limit) {
        return jdbc.sql(COMMON_CONNECTIONS
                        + " select mine.other_id from mine join theirs on theirs.other_id = mine.other_id"
                        + " order by mine.id desc fetch first :limit rows only")
                .param("member", memberId)
                .param("other", otherId)
                .param("accepted", ACCEPTED)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    int countConnectionsInCommon(long memberId, long otherId) {
        return jdbc.sql(COMMON_CONNECTIONS
                        + " select count(*) from mine join theirs on theirs.other_id = mine.other_id")
                .param("member", memberId)
                .param("other", otherId)
                .param("accepted", ACCEPTED)
                .query(Long.class)
                .single()
                .intValue();
    }

    private static final String COMMON_CONNECTIONS =
            """
            with mine as (
                select id, member_high as other_id from connections where member_low = :member and status = :accepted
                union all
                select id, member_low from connections where member_high = :member and status = :accepted),
            theirs as (
                select member_high as other_id from connections where member_low = :other and status = :accepted
                union all
                select member_low from connections where member_high = :other and status = :accepted)
            """;

    NetworkPage connectionList(long memberId, Long maxId, int limit) {
        return page(
                """
                select id as position_id, member_high as account_id, accepted_at as since from connections
                 where member_low = :member and status = :accepted and id < :max
                union all
                select id, member_low, accepted_at from connections
                 where member_high = :member and status = :accepted and id < :max
                order by position_id desc fetch first :limit rows only""",
                memberId,
                maxId,
                limit);
    }

    NetworkPage followerList(long memberId, Long maxId, int limit) {
        return page(
                """
                select id as position_id, follower_id as account_id, created_at as since from follows
                 where followee_id = :member and id < :max order by id desc fetch first :limit rows only""",
                memberId,
                maxId,
                limit);
    }

    NetworkPage followingList(long memberId, Long maxId, int limit) {
        return page(
                """
                select id as position_id, followee_id as account_id, created_at as since from follows
                 where follower_id = :member and id < :max order by id desc fetch first :limit rows only""",
                memberId,
                maxId,
                limit);
    }

    NetworkPage blockedList(long memberId, Long maxId, int limit) {
        return page(
                """
                select id as position_id, blocked_id as account_id, created_at as since from blocks
                 where blocker_id = :member and id < :max order by id desc fetch first :limit rows only""",
                memberId,
                maxId,
                limit);
    }

    NetworkPage mutedList(long memberId, Long maxId, int limit) {
        return page(
                """
                select id as position_id, muted_id as account_id, created_at as since from mutes
                 where muter_id = :member and id < :max order by id desc fetch first :limit rows only""",
                memberId,
                maxId,
                limit);
    }

    /** One more row than asked tells whether an older page exists without counting. */
    private NetworkPage page(String sql, long memberId, Long maxId, int limit) {
        List<NetworkEntry> rows = jdbc.sql(sql)
                .param("member", memberId)
                .param("max", maxId == null ? Long.MAX_VALUE : maxId)
                .param("accepted", ACCEPTED)
                .param("limit", limit + 1)
                .query((rs, row) -> new NetworkEntry(
                        rs.getLong("position_id"), rs.getLong("account_id"), instant(rs.getTimestamp("since"))))
                .list();
        if (rows.size() <= limit) {
            return new NetworkPage(rows, null);
        }
        List<NetworkEntry> page = rows.subList(0, limit);
        return new NetworkPage(page, page.get(limit - 1).cursor());
    }

    NetworkCounts counts(long memberId) {
        return jdbc.sql(
                        """
                        select
                          (select count(*) from connections where member_low = :member and status = :accepted)
                            + (select count(*) from connections where member_high = :member and status = :accepted) as connections,
                          (select count(*) from follows where followee_id = :member) as followers,
                          (select count(*) from follows where follower_id = :member) as following""")
                .param("member", memberId)
                .param("accepted", ACCEPTED)
                .query((rs, row) ->
                        new NetworkCounts(rs.getLong("connections"), rs.getLong("followers"), rs.getLong("following")))
                .single();
    }

    /** {@link #counts(long)} for many members in one statement; members without any link count zero. */
    Map<Long, NetworkCounts> counts(Collection<Long> memberIds) {
        Map<Long, long[]> counted = new HashMap<>();
        memberIds.forEach(id -> counted.put(id, new long[3]));
        jdbc.sql(
                        """
                        select member_low as member_id, 0 as kind, count(*) as n
                          from connections where member_low in (:members) and status = :accepted group by member_low
                        union all
                        select member_high, 0, count(*)
                          from connections where member_high in (:members) and status = :accepted group by member_high
                        union all
                        select followee_id, 1, count(*) from follows where followee_id in (:members) group by followee_id
                        union all
                        select follower_id, 2, count(*) from follows where follower_id in (:members) group by follower_id""")
                .param("members", Set.copyOf(memberIds))
                .param("accepted", ACCEPTED)
                .query((ResultSet rs) -> {
                    counted.get(rs.getLong("member_id"))[rs.getInt("kind")] += rs.getLong("n");
                });
        Map<Long, NetworkCounts> counts = new HashMap<>();
        counted.forEach((id, n) -> counts.put(id, new NetworkCounts(n[0], n[1], n[2])));
        return counts;
    }

    /** The settings chosen by these members; a member without one is not in the map. */
    Map<Long, FieldVisibility> networkVisibilities(Collection<Long> memberIds) {
        Map<Long, FieldVisibility> chosen = new HashMap<>();
        jdbc.sql("select account_id, list_visibility from connection_settings where account_id in (:members)")
                .param("members", Set.copyOf(memberIds))
                .query((ResultSet rs) -> {
                    chosen.put(rs.getLong("account_id"), FieldVisibility.valueOf(rs.getString("list_visibility")));
                });
        return chosen;
    }

    Optional<FieldVisibility> networkVisibility(long memberId) {
        return jdbc.sql("select list_visibility from connection_settings where account_id = :member")
                .param("member", memberId)
                .query(String.class)
                .optional()
                .map(FieldVisibility::valueOf);
    }

    /** Insert-if-missing then update: race-free on both databases without a vendor-specific upsert. */
    void changeNetworkVisibility(long memberId, FieldVisibility visibility) {
        jdbc.sql(
                        """
                        insert into connection_settings (account_id, list_visibility) values (:member, :visibility)
                        on conflict do nothing""")
                .param("member", memberId)
                .param("visibility", visibility.name())
                .update();
        jdbc.sql("update connection_settings set list_visibility = :visibility where account_id = :member")
                .param("member", memberId)
                .param("visibility", visibility.name())
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final class Builder {

        private boolean connected;
        private boolean requestSent;
        private boolean requestReceived;
        private Long pendingRequestId;
        private boolean following;
        private boolean followedBy;
        private boolean blocking;
        private boolean blockedBy;
        private boolean muting;

        void add(ResultSet rs, long viewerId) throws SQLException {
            switch (rs.getString("kind")) {
                case "following" -> following = true;
                case "followed_by" -> followedBy = true;
                case "blocking" -> blocking = true;
                case "blocked_by" -> blockedBy = true;
                case "muting" -> muting = true;
                default -> {
                    if (ACCEPTED.equals(rs.getString("status"))) {
                        connected = true;
                    } else {
                        pendingRequestId = rs.getLong("request_id");
                        requestSent = rs.getLong("requester_id") == viewerId;
                        requestReceived = !requestSent;
                    }
                }
            }
        }

        Relationship build() {
            return new Relationship(
                    connected,
                    requestSent,
                    requestReceived,
                    pendingRequestId,
                    following,
                    followedBy,
                    blocking,
                    blockedBy,
                    muting);
        }
    }
}
