package org.socialworkr.mail.internal;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.mail.Mailer;
import org.socialworkr.mail.OutgoingMail;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Saves each message to the outbox in the caller's transaction and hands it to delivery once that
 * transaction commits: a rolled-back change sends nothing, a committed one never loses its mail.
 * Without a caller's transaction the message gets one of its own and goes out as soon as it is saved.
 *
 * <p>A transaction synchronization rather than a {@code @TransactionalEventListener}: Spring Modulith
 * would store such an event in its publication registry, a second outbox next to this one.
 */
@Component
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);
    private static final int MAX_RECIPIENT_LENGTH = 254;
    private static final int MAX_SUBJECT_LENGTH = 300;

    private final OutboxMessages messages;
    private final MailDelivery delivery;

    OutboxMailer(OutboxMessages messages, MailDelivery delivery) {
        this.messages = messages;
        this.delivery = delivery;
    }

    @Override
    @Transactional
    public void send(OutgoingMail mail) {
        validate(mail);
        long id = messages.save(OutboxMessage.queue(mail, Instant.now())).id();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    delivery.deliverLater(id);
                } catch (TaskRejectedException e) {
                    // The commit stands; the retry job delivers the message later.
                    log.warn("Mail {} queued for retry: delivery executor is full", id);
                }
            }
        });
    }

    private static void validate(OutgoingMail mail) {
        requireLine("recipient", mail.to(), MAX_RECIPIENT_LENGTH);
        requireLine("subject", mail.subject(), MAX_SUBJECT_LENGTH);
        if (mail.body() == null) {
            throw new IllegalArgumentException("Mail body is missing");
        }
    }

    // A line break in a header field would let the text forge further headers.
    private static void requireLine(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Mail " + field + " is missing");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("Mail " + field + " is longer than " + maxLength + " characters");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Mail " + field + " contains a line break");
        }
    }
}
