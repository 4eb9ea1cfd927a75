package org.socialworkr.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.socialworkr.mail.MailStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OutboxMessages extends Repository<OutboxMessage, Long> {

    OutboxMessage save(OutboxMessage message);

    Optional<OutboxMessage> findById(long id);

    List<OutboxMessage> findAllByOrderByIdDesc(Limit limit);

    List<OutboxMessage> findByIdLessThanOrderByIdDesc(long id, Limit limit);

    /** Queued messages whose last attempt (or creation, if none) was at or before {@code cutoff}. */
    @Query(
            """
            select m.id from OutboxMessage m
            where m.status = :status and m.attempts < :maxAttempts
              and coalesce(m.lastAttemptAt, m.createdAt) <= :cutoff
            order by m.id""")
    List<Long> findDueIds(MailStatus status, int maxAttempts, Instant cutoff, Limit limit);
}
