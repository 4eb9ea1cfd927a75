package org.socialworkr.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialworkr.notification.NotificationType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

    Notification save(Notification notification);

    void delete(Notification notification);

    Optional<Notification> findByIdAndRecipientAccountId(long id, long recipientAccountId);

    List<Notification> findByRecipientAccountIdOrderByIdDesc(long recipientAccountId, Limit limit);

    List<Notification> findByRecipientAccountIdAndIdLessThanOrderByIdDesc(
            long recipientAccountId, long id, Limit limit);

    @Query(
            """
            select n from Notification n
            where n.recipientAccountId = :recipientId and n.type in :types and n.id < :maxId and n.id > :sinceId
            order by n.id desc
            """)
    List<Notification> findPage(
            long recipientId, Collection<NotificationType> types, long maxId, long sinceId, Limit limit);

    long countByRecipientAccountIdAndReadAtIsNull(long recipientAccountId);

    @Query(
            """
            select count(n) > 0 from Notification n
            where n.recipientAccountId = :recipientId and n.type = :type and n.actorAccountId = :actorId
              and n.readAt is null
              and (n.subjectId = :subjectId or (n.subjectId is null and :subjectId is null))
            """)
    boolean existsUnread(long recipientId, NotificationType type, long actorId, Long subjectId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientAccountId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    @Modifying
    @Query("delete from Notification n where n.recipientAccountId = :recipientId")
    int deleteAllOf(long recipientId);

    @Modifying
    @Query(
            """
            delete from Notification n
            where (n.recipientAccountId = :memberId and n.actorAccountId = :otherId)
               or (n.recipientAccountId = :otherId and n.actorAccountId = :memberId)
            """)
    int deleteBetween(long memberId, long otherId);
}
