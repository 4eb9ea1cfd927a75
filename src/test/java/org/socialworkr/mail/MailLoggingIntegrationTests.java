package org.socialworkr.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialworkr.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded default: no SMTP server, so mail goes to the log, where a developer can follow its links. */
@IntegrationTest
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

        OutboxEntry entry =
                await().atMost(Duration.ofSeconds(10)).until(() -> entryFor(to), e -> e.status() == MailStatus.LOGGED);
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
        List<OutboxEntry> mine = outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(to))
                .toList();
        assertThat(mine).extracting(OutboxEntry::subject).containsExactly("Digest 3", "Digest 2", "Digest 1");
        long third = mine.get(0).id();
        long second = mine.get(1).id();
        long first = mine.get(2).id();

        // Tests share the database, but nothing else mails while this test sends its three.
        assertThat(outbox.newest(1, null)).extracting(OutboxEntry::id).containsExactly(third);
        assertThat(outbox.newest(2, third)).extracting(OutboxEntry::id).containsExactly(second, first);
        assertThat(outbox.newest(0, second)).extracting(OutboxEntry::id).containsExactly(first);
        assertThat(outbox.find(third)).get().extracting(OutboxEntry::body).isEqualTo("Your digest number 3");
        assertThat(outbox.find(Long.MAX_VALUE)).isEmpty();
    }

    private OutboxEntry entryFor(String recipient) {
        return outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }
}
