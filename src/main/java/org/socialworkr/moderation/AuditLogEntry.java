package org.socialworkr.moderation;

import java.time.Instant;
import org.socialworkr.common.audit.SecurityEventType;

/**
 * One security event as administrators read it.
 *
 * @param actorUsername {@code null} when nobody was logged in, or the account no longer exists
 * @param subjectUsername {@code null} when the event concerns no account, or it no longer exists
 */
public record AuditLogEntry(
        long id,
        Instant occurredAt,
        SecurityEventType type,
        Long actorId,
        String actorUsername,
        Long subjectId,
        String subjectUsername,
        String detail,
        String clientAddress) {}
