package org.socialworkr.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default: no SMTP server, so mail goes to the log, where a developer can follow its links. */
@SpringBootTest
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:mail-log;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@ExtendWith(OutputCaptureExtension.class)
class MailLoggingIntegrationTests {

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void withoutSmtpTheWholeMailIsLoggedAndMarkedLogged(CapturedOutput output) {
        String to = MailOutboxIntegrationTests.uniqueAddress();
        String body = "Reset your password here:\nhttps://socialworkr.test/reset?token=xyz789\n\nThe SocialWorkr team";

        transactions.executeWithoutResult(status -> mailer.send(new OutgoingMail(to, "Reset your password", body)));

        OutboxEntry entry = await().atMost(Duration.ofSeconds(10))
                .until(() -> entryFor(to), e -> e.status() == MailStatus.LOGGED);
        assertThat(entry.sentAt()).isNotNull();
        assertThat(output.getOut())
                .contains("To: " + to)
                .contains("Subject: Reset your password")
                .contains(body)
                .contains("end of mail " + entry.id());
    }

    @Test
    void administratorsPageThroughTheOutboxNewestFirst() {
        String to = MailOutboxIntegrationTests.uniqueAddress();
        for (int i = 1; i <= 3; i++) {
            int n = i;
            transactions.executeWithoutResult(
                    status -> mailer.send(new OutgoingMail(to, "Digest " + n, "Your digest number " + n)));
        }

        List<OutboxEntry> first = outbox.newest(2, null);
        assertThat(first).extracting(OutboxEntry::subject).containsExactly("Digest 3", "Digest 2");
        List<OutboxEntry> second = outbox.newest(2, first.get(1).id());
        assertThat(second).first().extracting(OutboxEntry::subject).isEqualTo("Digest 1");
        assertThat(outbox.find(first.get(0).id())).get().extracting(OutboxEntry::body).isEqualTo("Your digest number 3");
        assertThat(outbox.find(Long.MAX_VALUE)).isEmpty();
    }

    private OutboxEntry entryFor(String recipient) {
        return outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }
}
