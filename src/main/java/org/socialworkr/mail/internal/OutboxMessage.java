package org.socialworkr.mail.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.socialworkr.mail.MailStatus;
import org.socialworkr.mail.OutboxEntry;
import org.socialworkr.mail.OutgoingMail;

@Entity
@Table(name = "mail_outbox")
class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant createdAt;
    private Instant lastAttemptAt;
    private Instant sentAt;
    private String lastError;

    // Two deliveries claiming the same message (after-commit and retry, or two nodes) meet here.
    @Version
    private long version;

    protected OutboxMessage() {}

    private OutboxMessage(OutgoingMail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
    }

    static OutboxMessage queue(OutgoingMail mail, Instant now) {
        return new OutboxMessage(mail, now);
    }

    Long id() {
        return id;
    }

    OutgoingMail mail() {
        return new OutgoingMail(recipient, subject, body);
    }

    /**
     * Claims the message for one delivery attempt, unless it is no longer queued or another attempt
     * started less than {@code retryAfter} ago and may still be running.
     */
    boolean claim(Instant now, Duration retryAfter) {
        if (status != MailStatus.QUEUED || (lastAttemptAt != null && lastAttemptAt.isAfter(now.minus(retryAfter)))) {
            return false;
        }
        lastAttemptAt = now;
        return true;
    }

    void markSent(Instant now) {
        requireQueued();
        status = MailStatus.SENT;
        sentAt = now;
    }

    void markLogged(Instant now) {
        requireQueued();
        status = MailStatus.LOGGED;
        sentAt = now;
    }

    void recordFailure(String error, int maxAttempts) {
        requireQueued();
        attempts++;
        lastError = error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        }
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, recipient, subject, body, status, createdAt, sentAt, attempts, lastError);
    }

    private void requireQueued() {
        if (status != MailStatus.QUEUED) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not queued");
        }
    }
}
