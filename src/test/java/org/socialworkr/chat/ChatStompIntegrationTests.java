package org.socialworkr.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chat socket with a real server and real STOMP clients: live delivery, typing and read state
 * reach the participants, and a member outside a conversation can neither subscribe to it nor
 * hear of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, Outbox.class})
class ChatStompIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(1500);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    Conversations conversations;

    URI base;
    TestAccount ana;
    TestAccount ben;
    TestAccount eve;
    long conversationId;

    @BeforeEach
    void twoConnectedMembersAndAnOutsider() {
        base = URI.create("http://127.0.0.1:" + port);
        ana = accounts.create("ana");
        ben = accounts.create("ben");
        eve = accounts.create("eve");
        ConnectionRequestView request = connections.requestConnection(ana.id(), ben.id(), null);
        connections.accept(ben.id(), request.id());
        conversationId = conversations.startDirect(ana.id(), ben.id()).id();
    }

    private StompMember member(TestAccount account) throws Exception {
        StompMember member =
                StompMember.connect(base, StompMember.login(base, account.username(), TestAccounts.PASSWORD));
        member.subscribeOwnEvents();
        Thread.sleep(200); // The SUBSCRIBE frame is asynchronous: let the broker register it.
        return member;
    }

    @Test
    @SuppressWarnings("unchecked")
    void messagesTypingAndReadStateArriveLiveAndOnlyAtParticipants() throws Exception {
        try (StompMember anaLive = member(ana);
                StompMember benLive = member(ben);
                StompMember eveLive = member(eve)) {
            // Sent through the facade (as a page or the API does)...
            MessageView first = conversations.send(ana.id(), conversationId, MessageDraft.text("Hello *Ben*"));
            Map<String, Object> received = benLive.next("message", WAIT);
            assertThat(received).isNotNull();
            assertThat(received.get("conversation_id")).isEqualTo(Long.toString(conversationId));
            Map<String, Object> message = (Map<String, Object>) received.get("message");
            assertThat(message.get("id")).isEqualTo(Long.toString(first.id()));
            assertThat(message.get("html")).asString().contains("<em>Ben</em>");
            assertThat(anaLive.next("message", WAIT)).isNotNull(); // the sender's other tabs see it too

            // ...and over the socket.
            benLive.send("/app/chat.send", Map.of("conversation_id", Long.toString(conversationId), "text", "Hi Ana"));
            Map<String, Object> reply = anaLive.next("message", WAIT);
            assertThat(reply).isNotNull();
            assertThat(((Map<String, Object>) reply.get("message")).get("text")).isEqualTo("Hi Ana");

            anaLive.send("/app/chat.typing", Map.of("conversation_id", Long.toString(conversationId)));
            Map<String, Object> typing = benLive.next("typing", WAIT);
            assertThat(typing).isNotNull();
            assertThat(((Map<String, Object>) typing.get("account")).get("username"))
                    .isEqualTo(ana.username());

            long replyId = Long.parseLong((String) ((Map<String, Object>) reply.get("message")).get("id"));
            anaLive.send(
                    "/app/chat.read",
                    Map.of("conversation_id", Long.toString(conversationId), "message_id", Long.toString(replyId)));
            Map<String, Object> read = benLive.next("read", WAIT);
            assertThat(read).isNotNull();
            assertThat(read.get("account_id")).isEqualTo(Long.toString(ana.id()));
            assertThat(read.get("last_read_message_id")).isEqualTo(Long.toString(replyId));

            // Eve, connected the whole time, heard nothing of it.
            assertThat(eveLive.next("message", QUIET)).isNull();
            assertThat(eveLive.events).isEmpty();
        }
    }

    @Test
    void anOutsiderCannotSubscribeToAnotherMembersEvents() throws Exception {
        String[] attempts = {
            "/user/" + ben.id() + "/topic/chat",
            "/topic/chat",
            "/topic/chat-user" + ben.id(),
            "/topic/chat.conversation." + conversationId,
            "/topic/chat-unresolved-user",
            "/queue/chat"
        };
        for (String destination : attempts) {
            try (StompMember intruder =
                    StompMember.connect(base, StompMember.login(base, eve.username(), TestAccounts.PASSWORD))) {
                intruder.subscribe(destination);
                String refusal = intruder.error.get(10, TimeUnit.SECONDS);
                assertThat(refusal).as(destination).isNotNull();
                Thread.sleep(300);
                assertThat(intruder.connected()).as(destination).isFalse();
            }
        }
    }

    @Test
    void anOutsiderCannotWriteIntoTheBrokerOrAConversation() throws Exception {
        try (StompMember benLive = member(ben);
                StompMember eveLive = member(eve)) {
            eveLive.send("/app/chat.typing", Map.of("conversation_id", Long.toString(conversationId)));
            eveLive.send(
                    "/app/chat.send", Map.of("conversation_id", Long.toString(conversationId), "text", "let me in"));
            Map<String, Object> refused = eveLive.next("error", WAIT);
            assertThat(refused).isNotNull();
            assertThat(refused.get("error")).asString().contains("not in it");
            assertThat(benLive.next("typing", QUIET)).isNull();
            assertThat(benLive.events).noneMatch(event -> "message".equals(event.get("type")));
            assertThat(conversations
                            .messages(ben.id(), conversationId, null, null, 10)
                            .messages())
                    .isEmpty();

            // Straight to the broker is refused: the socket is closed with an ERROR frame.
            eveLive.send("/topic/chat", Map.of("type", "message"));
            assertThat(eveLive.error.get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aVisitorCannotOpenTheSocket() {
        assertThatThrownBy(() -> StompMember.connect(base, "JSESSIONID=not-a-session"))
                .isInstanceOf(Exception.class);
    }
}
