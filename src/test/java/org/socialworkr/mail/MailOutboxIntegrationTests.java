package org.socialworkr.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialworkr.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@TestPropertySource(properties = "socialworkr.mail.from=SocialWorkr Test <no-reply@socialworkr.test>")
// Once GreenMail stops, this context's SMTP server is gone: it must not linger beside later classes.
@DirtiesContext
class MailOutboxIntegrationTests {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

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
    void mailSentInACommittedTransactionReachesTheRecipientAndIsMarkedSent() throws Exception {
        String to = uniqueAddress();
        String body = "Hello Dana,\n\nplease confirm your address:\nhttps://socialworkr.test/confirm?token=abc123";

        transactions.executeWithoutResult(
                status -> mailer.send(new OutgoingMail(to, "Confirm your address – SocialWorkr", body)));

        MimeMessage received = await().atMost(Duration.ofSeconds(10))
                .until(() -> receivedBy(to), messages -> messages.size() == 1)
                .get(0);
        assertThat(received.getSubject()).isEqualTo("Confirm your address – SocialWorkr");
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(to);
        assertThat(received.getFrom())
                .extracting(Object::toString)
                .containsExactly("SocialWorkr Test <no-reply@socialworkr.test>");
        assertThat(textOf(received)).isEqualTo(body);

        OutboxEntry entry =
                await().atMost(Duration.ofSeconds(10)).until(() -> entryFor(to), e -> e.status() == MailStatus.SENT);
        assertThat(entry.body()).isEqualTo(body);
        assertThat(entry.sentAt()).isNotNull();
        assertThat(entry.attempts()).isZero();
        assertThat(outbox.find(entry.id())).contains(entry);
    }

    @Test
    void mailSentInARolledBackTransactionIsNeitherSentNorKept() {
        String to = uniqueAddress();

        transactions.executeWithoutResult(status -> {
            mailer.send(new OutgoingMail(to, "Never sent", "This change was rolled back."));
            status.setRollbackOnly();
        });

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receivedBy(to), List::isEmpty);
        assertThat(outbox.newest(MailOutbox.MAX_PAGE_SIZE, null))
                .noneMatch(entry -> entry.recipient().equals(to));
    }

    @Test
    void mailSentWithoutATransactionGoesOutRightAway() {
        String to = uniqueAddress();

        mailer.send(new OutgoingMail(to, "No transaction", "Sent on its own."));

        await().atMost(Duration.ofSeconds(10)).until(() -> receivedBy(to).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> entryFor(to).status() == MailStatus.SENT);
    }

    @Test
    void headerFieldsWithLineBreaksAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mailer.send(
                        new OutgoingMail("dana@socialworkr.test\r\nBcc: all@socialworkr.test", "Hi", "Body")))
                .withMessageContaining("line break");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mailer.send(new OutgoingMail("dana@socialworkr.test", "Hi\nBcc: x@y", "Body")))
                .withMessageContaining("line break");
    }

    private OutboxEntry entryFor(String recipient) {
        return outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
    }

    private static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> isAddressedTo(message, recipient))
                .toList();
    }

    private static boolean isAddressedTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // SMTP sends CRLF line ends; the member wrote LF.
    private static String textOf(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    static String uniqueAddress() {
        return "member-" + UUID.randomUUID() + "@socialworkr.test";
    }

    // GreenMail must listen before the Spring context reads the port, so the test picks one itself.
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
