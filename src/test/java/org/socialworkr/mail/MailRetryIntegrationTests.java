package org.socialworkr.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** An SMTP server that is down loses nothing: the outbox keeps trying, then gives up visibly. */
@IntegrationTest
@TestPropertySource(properties = {"socialworkr.mail.retry-interval=PT0.2S", "socialworkr.mail.retry-after=PT0.5S"})
// The fast retry job should not keep running beside later test classes.
@DirtiesContext
class MailRetryIntegrationTests {

    private static final int SMTP_PORT = MailOutboxIntegrationTests.freePort();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void mailQueuedWhileTheServerIsDownIsSentOnceItIsBack() {
        String to = MailOutboxIntegrationTests.uniqueAddress();

        transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(to, "Welcome", "Welcome aboard.")));

        OutboxEntry failed = await().atMost(Duration.ofSeconds(10)).until(() -> entryFor(to), e -> e.attempts() >= 1);
        assertThat(failed.status()).isEqualTo(MailStatus.QUEUED);
        assertThat(failed.lastError()).contains("MailSendException").doesNotContain("Welcome aboard.");

        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            OutboxEntry sent = await().atMost(Duration.ofSeconds(10))
                    .until(() -> entryFor(to), e -> e.status() == MailStatus.SENT);
            assertThat(sent.sentAt()).isNotNull();
            assertThat(server.getReceivedMessages()).hasSize(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void mailIsMarkedFailedWhenEveryAttemptFails() {
        String to = MailOutboxIntegrationTests.uniqueAddress();

        transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(to, "Lost cause", "Nobody listens.")));

        OutboxEntry entry =
                await().atMost(Duration.ofSeconds(15)).until(() -> entryFor(to), e -> e.status() == MailStatus.FAILED);
        assertThat(entry.attempts()).isEqualTo(5);
        assertThat(entry.sentAt()).isNull();
        assertThat(entry.lastError()).contains("MailSendException");
    }

    private OutboxEntry entryFor(String recipient) {
        return outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }
}
