package org.socialworkr.api.mastodon.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountSecurity;
import org.socialworkr.api.mastodon.DirectStatusIds;
import org.socialworkr.api.mastodon.oauth.MastodonTokens;
import org.socialworkr.group.GroupForm;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.group.Groups;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming API over a real socket, as a Mastodon app uses it: the token in the URL, the
 * protocol header or the Authorization header; streams chosen in the URL or by messages; and each
 * member hearing only about the posts the web would show them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, Outbox.class})
class MastodonStreamingIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Groups groups;

    @Autowired
    AccountSecurity security;

    @Autowired
    StreamingTokenCheck tokenCheck;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Socket> sockets = new ArrayList<>();
    private MastodonTokens tokens;

    @BeforeEach
    void registerApp() throws Exception {
        tokens = MastodonTokens.forApp(port, "read write follow");
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(socket -> socket.socket.abort());
    }

    @Test
    void aFollowerHearsOfANewPostItsEditAndItsDeletionOnTheUserStream() throws Exception {
        TestAccount author = accounts.create("streamauthor");
        TestAccount follower = accounts.create("streamfollower");
        String authorToken = tokens.tokenFor(author);
        String followerToken = tokens.tokenFor(follower);
        assertThat(post("/api/v1/accounts/" + author.id() + "/follow", Map.of(), followerToken)
                        .statusCode())
                .isEqualTo(200);
        Socket stream = connectWithProtocol("stream=user", followerToken);
        assertThat(stream.protocol).isEqualTo(followerToken);
        stream.sync();

        String id = createStatus(authorToken, "Peer supervision tonight", "public");

        JsonNode created = stream.await(event("update", id));
        assertThat(names(created)).containsExactly("user");
        assertThat(JSON.readTree(created.get("payload").asString())
                        .get("account")
                        .get("id")
                        .asString())
                .isEqualTo(Long.toString(author.id()));

        HttpResponse<String> edited = send(HttpRequest.newBuilder(uri("/api/v1/statuses/" + id))
                .header("Authorization", "Bearer " + authorToken)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"Peer supervision moved to Friday\"}")));
        assertThat(edited.statusCode()).isEqualTo(200);
        JsonNode update = stream.await(event("status.update", id));
        assertThat(names(update)).containsExactly("user");
        assertThat(JSON.readTree(update.get("payload").asString())
                        .get("content")
                        .asString())
                .contains("moved to Friday");

        HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/api/v1/statuses/" + id))
                .header("Authorization", "Bearer " + authorToken)
                .DELETE());
        assertThat(deleted.statusCode()).isEqualTo(200);
        JsonNode delete =
                stream.await(message -> "delete".equals(message.path("event").asString())
                        && id.equals(message.path("payload").asString()));
        assertThat(names(delete)).containsExactly("user");
    }

    @Test
    void aMentionedMemberIsNotifiedOnTheNotificationStream() throws Exception {
        TestAccount author = accounts.create("streammentioner");
        TestAccount mentioned = accounts.create("streammentioned");
        String authorToken = tokens.tokenFor(author);
        Socket stream = connectWithQuery("stream=user:notification", tokens.tokenFor(mentioned));
        stream.sync();

        String id =
                createStatus(authorToken, "@" + mentioned.username() + " could you review this referral?", "public");

        JsonNode notification = stream.await(
                message -> "notification".equals(message.path("event").asString()));
        assertThat(names(notification)).containsExactly("user:notification");
        JsonNode payload = JSON.readTree(notification.get("payload").asString());
        assertThat(payload.get("type").asString()).isEqualTo("mention");
        assertThat(payload.get("status").get("id").asString()).isEqualTo(id);
    }

    @Test
    void aTokenForNotificationsOnlyGetsTheNotificationStreamButNotTheStatuses() throws Exception {
        TestAccount member = accounts.create("streamnotifonly");
        String token = MastodonTokens.forApp(port, "read:notifications").tokenFor(member);

        Socket statuses = open("stream=public&access_token=" + token, builder -> builder);
        JsonNode refused = statuses.await(message -> message.has("error"));
        assertThat(refused.get("status").asInt()).isEqualTo(401);

        Socket notifications = connectWithHeader(token);
        notifications.send(Map.of("type", "subscribe", "stream", "public"));
        notifications.send(Map.of("type", "subscribe", "stream", "user:notification"));
        notifications.sync();
        assertThat(notifications.received())
                .filteredOn(message -> message.has("error"))
                .extracting(message -> message.get("status").asInt())
                .containsExactly(401, 400);
    }

    @Test
    void aHashtagStreamSubscribedByMessageCarriesPublicPostsWithTheTag() throws Exception {
        TestAccount author = accounts.create("streamtagger");
        TestAccount listener = accounts.create("streamlistener");
        String tag = "streamtag" + author.id();
        Socket stream = connectWithHeader(tokens.tokenFor(listener));
        stream.send(Map.of("type", "subscribe", "stream", "hashtag", "tag", tag));
        stream.sync();

        String other = createStatus(tokens.tokenFor(author), "Nothing tagged here", "public");
        String id = createStatus(tokens.tokenFor(author), "New CE course #" + tag, "public");

        JsonNode update = stream.await(event("update", id));
        assertThat(names(update)).containsExactly("hashtag", tag);
        assertThat(stream.received()).noneMatch(event("update", other));
    }

    @Test
    void anOutsiderHearsOfNeitherConnectionsOnlyNorGroupPosts() throws Exception {
        TestAccount author = accounts.create("streamowner");
        TestAccount outsider = accounts.create("streamoutsider");
        String authorToken = tokens.tokenFor(author);
        String outsiderToken = tokens.tokenFor(outsider);
        long groupId = groups.create(author.id(), groupForm(author)).id();
        String tag = "private" + author.id();
        assertThat(post("/api/v1/accounts/" + author.id() + "/follow", Map.of(), outsiderToken)
                        .statusCode())
                .isEqualTo(200);
        Socket stream = connectWithQuery("stream=user", outsiderToken);
        stream.send(Map.of("type", "subscribe", "stream", "public"));
        stream.send(Map.of("type", "subscribe", "stream", "hashtag", "tag", tag));
        stream.sync();

        String connectionsOnly = createStatus(authorToken, "Case consult, connections only #" + tag, "private");
        String inGroup = createStatus(
                authorToken,
                Map.of("status", "Group agenda #" + tag, "visibility", "public", "group_id", Long.toString(groupId)));
        String open = createStatus(authorToken, "Open to everyone #" + tag, "public");

        stream.await(
                message -> event("update", open).test(message) && names(message).contains("hashtag"));
        stream.await(
                message -> event("update", open).test(message) && names(message).contains("user"));
        // The events are delivered concurrently: give the forbidden ones time to arrive if they would.
        Thread.sleep(1_000);
        assertThat(stream.received())
                .noneMatch(event("update", connectionsOnly))
                .noneMatch(event("update", inGroup));
    }

    @Test
    void aDirectPostReachesTheAddresseesDirectStreamOnly() throws Exception {
        TestAccount sender = accounts.create("streamsender");
        TestAccount addressee = accounts.create("streamaddressee");
        TestAccount bystander = accounts.create("streambystander");
        Socket addresseeStream = connectWithQuery("stream=direct", tokens.tokenFor(addressee));
        Socket bystanderStream = connectWithQuery("stream=direct", tokens.tokenFor(bystander));
        addresseeStream.sync();
        bystanderStream.sync();

        String id = createStatus(
                tokens.tokenFor(sender), "@" + addressee.username() + " about Tuesday's home visit", "direct");

        JsonNode conversation = addresseeStream.await(
                message -> "conversation".equals(message.path("event").asString()));
        assertThat(names(conversation)).containsExactly("direct");
        JsonNode payload = JSON.readTree(conversation.get("payload").asString());
        assertThat(payload.get("last_status").get("id").asString()).isEqualTo(id);
        assertThat(payload.get("accounts").get(0).get("id").asString()).isEqualTo(Long.toString(sender.id()));
        Thread.sleep(1_000);
        assertThat(bystanderStream.received()).noneMatch(message -> message.has("event"));
    }

    @Test
    void aMessageSentThroughTheChatReachesEveryParticipantsDirectStreamOnly() throws Exception {
        TestAccount sender = accounts.create("streamchatter");
        TestAccount addressee = accounts.create("streamchatted");
        TestAccount bystander = accounts.create("streamchatnone");
        String senderToken = tokens.tokenFor(sender);
        Socket senderStream = connectWithQuery("stream=direct", senderToken);
        Socket addresseeStream = connectWithQuery("stream=direct", tokens.tokenFor(addressee));
        Socket bystanderStream = connectWithQuery("stream=direct", tokens.tokenFor(bystander));
        senderStream.sync();
        addresseeStream.sync();
        bystanderStream.sync();

        HttpResponse<String> started =
                postJson("/api/v1/chat/conversations", Map.of("usernames", List.of(addressee.username())), senderToken);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String conversationId = JSON.readTree(started.body()).get("id").asString();
        HttpResponse<String> sent = postJson(
                "/api/v1/chat/conversations/" + conversationId + "/messages",
                Map.of("text", "Running ten minutes late"),
                senderToken);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long messageId = Long.parseLong(JSON.readTree(sent.body()).get("id").asString());
        String statusId = Long.toString(DirectStatusIds.statusId(messageId));

        JsonNode event = addresseeStream.await(conversation(statusId));
        assertThat(names(event)).containsExactly("direct");
        JsonNode payload = JSON.readTree(event.get("payload").asString());
        assertThat(payload.get("id").asString()).isEqualTo(conversationId);
        assertThat(payload.get("unread").asBoolean()).isTrue();
        assertThat(payload.get("accounts").get(0).get("id").asString()).isEqualTo(Long.toString(sender.id()));
        assertThat(payload.get("last_status").get("content").asString()).contains("ten minutes late");
        JsonNode own = JSON.readTree(
                senderStream.await(conversation(statusId)).get("payload").asString());
        assertThat(own.get("accounts").get(0).get("id").asString()).isEqualTo(Long.toString(addressee.id()));

        HttpResponse<String> edited = send(HttpRequest.newBuilder(uri("/api/v1/chat/messages/" + messageId))
                .header("Authorization", "Bearer " + senderToken)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"text\":\"Running twenty minutes late\"}")));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode update = addresseeStream.await(event("status.update", statusId));
        assertThat(JSON.readTree(update.get("payload").asString())
                        .get("content")
                        .asString())
                .contains("twenty minutes");
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(uri("/api/v1/chat/messages/" + messageId))
                .header("Authorization", "Bearer " + senderToken)
                .DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isLessThan(300);
        addresseeStream.await(message -> "delete".equals(message.path("event").asString())
                && statusId.equals(message.path("payload").asString()));

        Thread.sleep(1_000);
        assertThat(bystanderStream.received()).noneMatch(message -> message.has("event"));
    }

    @Test
    void aRevokedTokenOrLoggingOutEverywhereClosesTheSocket() throws Exception {
        TestAccount member = accounts.create("streamrevoked");
        TestAccount other = accounts.create("streamloggedout");
        String revoked = tokens.tokenFor(member);
        String kept = tokens.tokenFor(member);
        Socket revokedStream = connectWithQuery("stream=user", revoked);
        Socket keptStream = connectWithQuery("stream=user", kept);
        Socket loggedOutStream = connectWithQuery("stream=user", tokens.tokenFor(other));
        revokedStream.sync();
        keptStream.sync();
        loggedOutStream.sync();

        tokens.revoke(revoked);
        security.logOutEverywhere(other.id());
        tokenCheck.closeEnded();

        assertThat(revokedStream.closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        assertThat(loggedOutStream.closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        keptStream.sync();
        assertThat(keptStream.closed).isNotDone();
    }

    @Test
    void anInvalidTokenOrNoTokenIsRefusedAndTheHealthCheckIsOpen() throws Exception {
        assertThatThrownBy(() -> connectWithQuery("stream=public", "not-a-token"))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(WebSocketHandshakeException.class, refused -> assertThat(
                                refused.getResponse().statusCode())
                        .isEqualTo(401));
        assertThatThrownBy(() -> open("stream=public", builder -> builder))
                .cause()
                .isInstanceOfSatisfying(WebSocketHandshakeException.class, refused -> assertThat(
                                refused.getResponse().statusCode())
                        .isEqualTo(401));

        HttpResponse<String> health =
                send(HttpRequest.newBuilder(uri("/api/v1/streaming/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("OK");
    }

    private static Predicate<JsonNode> event(String event, String statusId) {
        return message -> event.equals(message.path("event").asString())
                && statusId.equals(JSON.readTree(message.get("payload").asString())
                        .path("id")
                        .asString());
    }

    private static Predicate<JsonNode> conversation(String lastStatusId) {
        return message -> "conversation".equals(message.path("event").asString())
                && lastStatusId.equals(JSON.readTree(message.get("payload").asString())
                        .path("last_status")
                        .path("id")
                        .asString());
    }

    private static List<String> names(JsonNode message) {
        List<String> names = new ArrayList<>();
        message.get("stream").forEach(name -> names.add(name.asString()));
        return names;
    }

    private static GroupForm groupForm(TestAccount owner) {
        return new GroupForm(
                "Streaming circle " + owner.id(),
                "streaming-" + owner.id(),
                "",
                GroupKind.TOPIC,
                GroupPrivacy.PRIVATE,
                Set.of(),
                "",
                "",
                List.of());
    }

    private String createStatus(String token, String text, String visibility) throws Exception {
        return createStatus(token, Map.of("status", text, "visibility", visibility));
    }

    private String createStatus(String token, Map<String, String> form) throws Exception {
        HttpResponse<String> created = post("/api/v1/statuses", form, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return JSON.readTree(created.body()).get("id").asString();
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String token) throws Exception {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> postJson(String path, Map<String, ?> body, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Socket connectWithQuery(String query, String token) throws Exception {
        return open(query + "&access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), builder -> builder);
    }

    private Socket connectWithProtocol(String query, String token) throws Exception {
        return open(query, builder -> builder.subprotocols(token));
    }

    private Socket connectWithHeader(String token) throws Exception {
        return open("", builder -> builder.header("Authorization", "Bearer " + token));
    }

    private Socket open(String query, UnaryOperator<WebSocket.Builder> options) throws Exception {
        Socket socket = new Socket();
        WebSocket webSocket = options.apply(http.newWebSocketBuilder())
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/v1/streaming?" + query), socket)
                .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        socket.socket = webSocket;
        socket.protocol = webSocket.getSubprotocol();
        sockets.add(socket);
        return socket;
    }

    /** A client socket that keeps every message it receives. */
    private static final class Socket implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> incoming = new LinkedBlockingQueue<>();
        private final List<JsonNode> received = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private WebSocket socket;
        private String protocol;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                incoming.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        void send(Map<String, String> message) {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        }

        /**
         * Waits until the server has registered the socket and read what was sent before: it
         * answers messages in order, and answers an unknown stream with an error.
         */
        void sync() throws InterruptedException {
            send(Map.of("type", "subscribe", "stream", "no-such-stream"));
            await(message -> "Unknown stream type".equals(message.path("error").asString()));
        }

        JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
            for (JsonNode seen : received) {
                if (wanted.test(seen)) {
                    return seen;
                }
            }
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode next = incoming.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                received.add(next);
                if (wanted.test(next)) {
                    return next;
                }
            }
            throw new AssertionError("No such message; received " + received);
        }

        List<JsonNode> received() {
            incoming.drainTo(received);
            return List.copyOf(received);
        }
    }
}
