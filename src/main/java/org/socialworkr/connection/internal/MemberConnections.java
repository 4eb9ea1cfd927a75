package org.socialworkr.connection.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface MemberConnections extends Repository<MemberConnection, Long> {

    /** Flushed at once, so a second request for the same pair fails here, not at commit. */
    MemberConnection saveAndFlush(MemberConnection connection);

    Optional<MemberConnection> findById(long id);

    Optional<MemberConnection> findByMemberLowAndMemberHigh(long memberLow, long memberHigh);

    void delete(MemberConnection connection);

    @Query(
            """
            select c from MemberConnection c
            where (c.memberLow = :member or c.memberHigh = :member) and c.requesterId <> :member and c.status = :status
            order by c.id desc""")
    List<MemberConnection> findIncoming(
            @Param("member") long memberId, @Param("status") MemberConnection.Status status, Limit limit);

    @Query(
            """
            select c from MemberConnection c
            where (c.memberLow = :member or c.memberHigh = :member) and c.requesterId = :member and c.status = :status
            order by c.id desc""")
    List<MemberConnection> findOutgoing(
            @Param("member") long memberId, @Param("status") MemberConnection.Status status, Limit limit);
}
