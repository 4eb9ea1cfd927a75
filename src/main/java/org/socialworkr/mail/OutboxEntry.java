package org.socialworkr.mail;

import java.time.Instant;

/**
 * One message in the outbox, as administrators see it.
 *
 * @param sentAt when it was sent or logged; {@code null} while queued or after it failed
 * @param attempts how many deliveries have failed so far
 * @param lastError why the last delivery failed (exception type and message, never the body)
 */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        String body,
        MailStatus status,
        Instant createdAt,
        Instant sentAt,
        int attempts,
        String lastError) {}
