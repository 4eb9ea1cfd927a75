package org.socialworkr.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;

/** Something a member is told: who did what, about which subject, and whether the member has read it. */
@Entity
@Table(name = "notifications")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long recipientAccountId;

    @Enumerated(EnumType.STRING)
    private NotificationType type;

    private long actorAccountId;
    private Long subjectId;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {}

    private Notification(
            long recipientAccountId, NotificationType type, long actorAccountId, Long subjectId, Instant now) {
        if (recipientAccountId == actorAccountId) {
            throw new IllegalArgumentException("Nobody is notified of their own doing");
        }
        this.recipientAccountId = recipientAccountId;
        this.type = type;
        this.actorAccountId = actorAccountId;
        this.subjectId = subjectId;
        this.createdAt = now;
    }

    static Notification of(
            long recipientAccountId, NotificationType type, long actorAccountId, Long subjectId, Instant now) {
        return new Notification(recipientAccountId, type, actorAccountId, subjectId, now);
    }

    long id() {
        return id;
    }

    long actorAccountId() {
        return actorAccountId;
    }

    /** Keeps the first time: reading again is not news. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView toView(AccountSummary actor) {
        return new NotificationView(
                id,
                type,
                actorAccountId,
                actor.username(),
                actor.displayName(),
                subjectId,
                type.linkFor(subjectId),
                createdAt,
                readAt != null);
    }
}
