package org.socialworkr.mail.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.mail.MailStatus;
import org.socialworkr.mail.OutgoingMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox messages: over SMTP when Spring Boot configured a {@link JavaMailSender}, else to the
 * log. Each attempt first claims the message in a short transaction of its own, so no database
 * connection is held while the SMTP server answers, and two attempts never send the same message at once.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int RETRY_BATCH = 100;
    private static final int MAX_ERROR_LENGTH = 500;

    private final OutboxMessages messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailProperties properties;
    private final TransactionTemplate transactions;

    MailDelivery(
            OutboxMessages messages,
            ObjectProvider<JavaMailSender> mailSender,
            MailProperties properties,
            PlatformTransactionManager transactionManager) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Async
    public void deliverLater(long id) {
        deliver(id);
    }

    @Scheduled(
            initialDelayString = "${socialworkr.mail.retry-interval:PT1M}",
            fixedDelayString = "${socialworkr.mail.retry-interval:PT1M}")
    public void retryUndelivered() {
        List<Long> due;
        do {
            Instant cutoff = Instant.now().minus(properties.retryAfter());
            due = messages.findDueIds(MailStatus.QUEUED, properties.maxAttempts(), cutoff, Limit.of(RETRY_BATCH));
            // Every attempt moves its message's last attempt past the cutoff, so the loop ends.
            due.forEach(this::deliver);
        } while (due.size() == RETRY_BATCH);
    }

    void deliver(long id) {
        Optional<OutgoingMail> claimed = claim(id);
        if (claimed.isEmpty()) {
            return;
        }
        OutgoingMail mail = claimed.get();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            writeToLog(id, mail);
            update(id, message -> message.markLogged(Instant.now()));
            return;
        }
        try {
            sender.send(toMessage(mail));
        } catch (RuntimeException e) {
            String error = describe(e);
            log.warn("Mail {} not delivered: {}", id, error);
            update(id, message -> message.recordFailure(error, properties.maxAttempts()));
            return;
        }
        update(id, message -> message.markSent(Instant.now()));
    }

    private Optional<OutgoingMail> claim(long id) {
        try {
            return transactions.execute(status -> messages.findById(id)
                    .filter(message -> message.claim(Instant.now(), properties.retryAfter()))
                    .map(OutboxMessage::mail));
        } catch (OptimisticLockingFailureException e) {
            log.debug("Mail {} claimed by another delivery", id);
            return Optional.empty();
        }
    }

    private void update(long id, Consumer<OutboxMessage> change) {
        try {
            transactions.executeWithoutResult(status -> messages.findById(id).ifPresent(change));
        } catch (OptimisticLockingFailureException e) {
            // Only possible when an attempt outlasted retry-after and a retry took the message over.
            log.warn("Mail {} was taken over by a retry while this attempt ran; its outcome is not recorded", id);
        }
    }

    private SimpleMailMessage toMessage(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }

    private static void writeToLog(long id, OutgoingMail mail) {
        log.info(
                """
                No SMTP server configured (spring.mail.host), so mail {} is written here instead of sent:
                ======== mail {} ========
                To: {}
                Subject: {}

                {}
                ======== end of mail {} ========""",
                id,
                id,
                mail.to(),
                mail.subject(),
                mail.body(),
                id);
    }

    // The exception's own words only: a failure report must never carry the message body.
    private static String describe(RuntimeException e) {
        String text = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
