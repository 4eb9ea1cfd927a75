package org.socialworkr.moderation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.moderation.AuditLogEntry;

/** A row of the audit log: written once, never changed. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    static final int MAX_DETAIL_LENGTH = 300;
    static final int MAX_ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private SecurityEventType type;

    private Long actorAccountId;
    private Long subjectAccountId;
    private String detail;
    private String clientAddress;

    protected AuditEntry() {}

    private AuditEntry(SecurityEvent event, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.type = event.type();
        this.actorAccountId = event.actorId();
        this.subjectAccountId = event.subjectId();
        this.detail = truncate(event.detail(), MAX_DETAIL_LENGTH);
        this.clientAddress = truncate(event.clientAddress(), MAX_ADDRESS_LENGTH);
    }

    static AuditEntry of(SecurityEvent event, Instant occurredAt) {
        return new AuditEntry(event, occurredAt);
    }

    Long actorAccountId() {
        return actorAccountId;
    }

    Long subjectAccountId() {
        return subjectAccountId;
    }

    AuditLogEntry toEntry(Map<Long, AccountSummary> accounts) {
        return new AuditLogEntry(
                id,
                occurredAt,
                type,
                actorAccountId,
                usernameOf(actorAccountId, accounts),
                subjectAccountId,
                usernameOf(subjectAccountId, accounts),
                detail,
                clientAddress);
    }

    private static String usernameOf(Long accountId, Map<Long, AccountSummary> accounts) {
        AccountSummary account = accountId == null ? null : accounts.get(accountId);
        return account == null ? null : account.username();
    }

    /** Cuts at a character boundary: half of a surrogate pair is not valid text in the database. */
    static String truncate(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return value.substring(0, end);
    }
}
