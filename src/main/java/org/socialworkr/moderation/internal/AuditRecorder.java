package org.socialworkr.moderation.internal;

import java.time.Clock;
import org.socialworkr.common.audit.SecurityEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every {@link SecurityEvent} in the audit log. An event published in a transaction is
 * recorded only once that transaction commits, so a rolled-back suspension never shows as done;
 * one published outside a transaction (a failed login) is recorded at once. Either way the row
 * is written in a transaction of its own, because the publisher's is finished or absent.
 */
@Component
class AuditRecorder {

    private final AuditEntries entries;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(SecurityEvent event) {
        entries.save(AuditEntry.of(event, clock.instant()));
    }
}
