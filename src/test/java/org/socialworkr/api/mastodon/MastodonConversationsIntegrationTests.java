package org.socialworkr.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.api.mastodon.oauth.MastodonTokens;
import org.socialworkr.chat.ChatSettings;
import org.socialworkr.chat.ConversationView;
import org.socialworkr.chat.Conversations;
import org.socialworkr.chat.Folder;
import org.socialworkr.chat.MessageView;
import org.socialworkr.chat.WhoMayMessage;
import org.socialworkr.media.TestImages;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Direct messages through the Mastodon API over real HTTP, as an app sends them: a direct status
 * is a chat message, so the same conversation shows in {@code /api/v1/conversations}, on the web
 * and in the chat API, with the chat's rules and the forbidden cases answered as Mastodon does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, Outbox.class})
class MastodonConversationsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final Pattern PREV = Pattern.compile("<([^>]+)>; rel=\"prev\"");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Conversations chat;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private MastodonTokens tokens;

    @BeforeEach
    void registerApp() throws Exception {
        tokens = MastodonTokens.forApp(port, "read write follow");
    }

    @Test
    void aDirectStatusIsAChatMessageThatBothSidesSeeEverywhere() throws Exception {
        TestAccount ana = accounts.create("dmana");
        TestAccount ben = accounts.create("dmben");
        String anaToken = tokens.tokenFor(ana);
        String benToken = tokens.tokenFor(ben);

        Answer sent = postJson(
                "/api/v1/statuses",
                Map.of("status", "@" + ben.username() + " can we *move* the home visit?", "visibility", "direct"),
                anaToken);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        JsonNode status = sent.json();
        String statusId = status.get("id").asString();
        assertThat(Long.parseLong(statusId)).isGreaterThan(DirectStatusIds.BASE);
        assertThat(status.get("visibility").asString()).isEqualTo("direct");
        assertThat(status.get("account").get("id").asString()).isEqualTo(Long.toString(ana.id()));
        assertThat(status.get("mentions").get(0).get("id").asString()).isEqualTo(Long.toString(ben.id()));
        assertThat(status.get("mentions")).hasSize(1);
        assertThat(status.get("content").asString()).contains("<em>move</em>");
        assertThat(status.get("favourites_count").asLong()).isZero();

        JsonNode inbox = get("/api/v1/conversations", benToken).json();
        JsonNode conversation = inbox.get(0);
        String conversationId = conversation.get("id").asString();
        assertThat(conversation.get("unread").asBoolean()).isTrue();
        assertThat(conversation.get("accounts")).hasSize(1);
        assertThat(conversation.get("accounts").get(0).get("id").asString()).isEqualTo(Long.toString(ana.id()));
        assertThat(conversation.get("last_status").get("id").asString()).isEqualTo(statusId);

        // The web's conversation is the same one: a message request for Ben, as they are not connected.
        ConversationView onTheWeb = chat.conversation(ben.id(), Long.parseLong(conversationId));
        assertThat(onTheWeb.lastMessagePreview()).contains("the home visit?");
        assertThat(chat.list(ben.id(), Folder.REQUESTS, null, 10).conversations())
                .extracting(ConversationView::id)
                .contains(Long.parseLong(conversationId));

        // A reply through the chat API (accepting the request) is the last status for Ana's app.
        Answer viaChat = postJson(
                "/api/v1/chat/conversations/" + conversationId + "/messages",
                Map.of("text", "Thursday works for me"),
                benToken);
        assertThat(viaChat.status()).as(viaChat.body()).isEqualTo(201);
        JsonNode anasView = get("/api/v1/conversations", anaToken).json().get(0);
        assertThat(anasView.get("id").asString()).isEqualTo(conversationId);
        assertThat(anasView.get("unread").asBoolean()).isTrue();
        String replyId = anasView.get("last_status").get("id").asString();
        assertThat(anasView.get("last_status").get("content").asString()).contains("Thursday works");
        assertThat(anasView.get("last_status").get("account").get("id").asString())
                .isEqualTo(Long.toString(ben.id()));

        Answer read = post("/api/v1/conversations/" + conversationId + "/read", anaToken);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(get("/api/v1/conversations", anaToken)
                        .json()
                        .get(0)
                        .get("unread")
                        .asBoolean())
                .isFalse();

        // Replying in the app goes to the same conversation, whatever it mentions.
        Answer answer = postJson(
                "/api/v1/statuses",
                Map.of("status", "Great, see you then", "visibility", "direct", "in_reply_to_id", replyId),
                anaToken);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<MessageView> history = chat.messages(ben.id(), Long.parseLong(conversationId), null, null, 10)
                .messages();
        assertThat(history).extracting(MessageView::text).last().isEqualTo("Great, see you then");

        JsonNode context =
                get("/api/v1/statuses/" + replyId + "/context", anaToken).json();
        assertThat(ids(context.get("ancestors"))).containsExactly(statusId);
        assertThat(ids(context.get("descendants")))
                .containsExactly(answer.json().get("id").asString());

        assertThat(get("/api/v1/statuses/" + statusId, benToken).status()).isEqualTo(200);
        assertThat(get("/api/v1/statuses/" + statusId + "/history", benToken).json())
                .hasSize(1);
        assertThat(get("/api/v1/statuses/" + statusId + "/favourited_by", benToken)
                        .json())
                .isEmpty();
    }

    @Test
    void outsidersFindNothingAndNobodyCanFavouriteAMessage() throws Exception {
        TestAccount ana = accounts.create("dmown");
        TestAccount ben = accounts.create("dmpeer");
        TestAccount eve = accounts.create("dmoutsider");
        String anaToken = tokens.tokenFor(ana);
        String benToken = tokens.tokenFor(ben);
        String eveToken = tokens.tokenFor(eve);
        String statusId = direct(anaToken, "@" + ben.username() + " supervision notes attached");
        String conversationId =
                get("/api/v1/conversations", benToken).json().get(0).get("id").asString();

        assertThat(get("/api/v1/statuses/" + statusId, eveToken).status()).isEqualTo(404);
        assertThat(get("/api/v1/statuses/" + statusId + "/context", eveToken).status())
                .isEqualTo(404);
        assertThat(get("/api/v1/statuses/" + statusId + "/favourited_by", eveToken)
                        .status())
                .isEqualTo(404);
        assertThat(anonymous("/api/v1/statuses/" + statusId).statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/conversations/" + conversationId + "/read", eveToken)
                        .status())
                .isEqualTo(404);
        assertThat(delete("/api/v1/conversations/" + conversationId, eveToken).status())
                .isEqualTo(404);
        assertThat(delete("/api/v1/statuses/" + statusId, eveToken).status()).isEqualTo(404);
        assertThat(get("/api/v1/conversations", eveToken).json()).isEmpty();

        for (String action : List.of("favourite", "unfavourite", "reblog", "bookmark", "pin")) {
            Answer refused = post("/api/v1/statuses/" + statusId + "/" + action, benToken);
            assertThat(refused.status()).as(action).isEqualTo(422);
            assertThat(refused.json().get("error").asString())
                    .isEqualTo("This action is not available for direct messages");
        }

        Answer notTheSender = put("/api/v1/statuses/" + statusId, Map.of("status", "rewritten"), benToken);
        assertThat(notTheSender.status()).isEqualTo(403);
        assertThat(delete("/api/v1/statuses/" + statusId, benToken).status()).isEqualTo(403);

        Answer edited = put("/api/v1/statuses/" + statusId, Map.of("status", "supervision notes, revised"), anaToken);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("content").asString()).contains("revised");
        assertThat(edited.json().get("edited_at").isNull()).isFalse();

        Answer deleted = delete("/api/v1/statuses/" + statusId, anaToken);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("text").asString()).isEqualTo("supervision notes, revised");
        assertThat(get("/api/v1/statuses/" + statusId, benToken).status()).isEqualTo(404);
    }

    @Test
    void deletingMySideHidesTheConversationUntilTheNextMessage() throws Exception {
        TestAccount ana = accounts.create("dmside");
        TestAccount ben = accounts.create("dmsideb");
        String anaToken = tokens.tokenFor(ana);
        String benToken = tokens.tokenFor(ben);
        direct(anaToken, "@" + ben.username() + " first note");
        String conversationId =
                get("/api/v1/conversations", benToken).json().get(0).get("id").asString();

        Answer removed = delete("/api/v1/conversations/" + conversationId, benToken);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).isEqualTo("{}");
        assertThat(get("/api/v1/conversations", benToken).json()).isEmpty();
        assertThat(get("/api/v1/conversations", anaToken).json()).hasSize(1);

        String second = direct(anaToken, "@" + ben.username() + " second note");
        JsonNode back = get("/api/v1/conversations", benToken).json();
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get("last_status").get("id").asString()).isEqualTo(second);
        assertThat(back.get(0).get("id").asString()).isEqualTo(conversationId);
    }

    @Test
    void theListIsPagedByLastStatusWithLinkHeaders() throws Exception {
        TestAccount carl = accounts.create("dmpager");
        String carlToken = tokens.tokenFor(carl);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestAccount other = accounts.create("dmpaged");
            direct(carlToken, "@" + other.username() + " note " + i);
            newestFirst.add(0, other.username());
        }

        Answer first = get("/api/v1/conversations?limit=2", carlToken);
        assertThat(usernames(first.json())).containsExactlyElementsOf(newestFirst.subList(0, 2));
        String link = first.header("Link");
        Matcher next = NEXT.matcher(link);
        assertThat(next.find()).as(link).isTrue();
        assertThat(next.group(1)).contains("max_id=").contains("limit=2");

        Answer second = get(
                URI.create(next.group(1)).getRawPath() + "?"
                        + URI.create(next.group(1)).getRawQuery(),
                carlToken);
        assertThat(usernames(second.json())).containsExactly(newestFirst.get(2));

        Matcher prev = PREV.matcher(second.header("Link"));
        assertThat(prev.find()).isTrue();
        Answer newer = get(
                URI.create(prev.group(1)).getRawPath() + "?"
                        + URI.create(prev.group(1)).getRawQuery(),
                carlToken);
        assertThat(usernames(newer.json())).containsExactlyElementsOf(newestFirst.subList(0, 2));

        assertThat(get("/api/v1/conversations?limit=100", carlToken).json()).hasSize(3);
    }

    @Test
    void severalRecipientsShareOneGroupConversation() throws Exception {
        TestAccount ana = accounts.create("dmgroup");
        TestAccount ben = accounts.create("dmgroupb");
        TestAccount cleo = accounts.create("dmgroupc");
        String anaToken = tokens.tokenFor(ana);
        String mentions = "@" + ben.username() + " @" + cleo.username();
        direct(anaToken, mentions + " case conference on Monday");
        String again = direct(anaToken, mentions + " agenda attached");

        JsonNode inbox = get("/api/v1/conversations", anaToken).json();
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).get("last_status").get("id").asString()).isEqualTo(again);
        assertThat(inbox.get(0).get("accounts")).hasSize(2);
        ConversationView group = chat.conversation(
                ana.id(), Long.parseLong(inbox.get(0).get("id").asString()));
        assertThat(group.group()).isTrue();
        assertThat(group.title()).contains(ana.displayName()).contains(cleo.displayName());
    }

    @Test
    void theChatsRulesRefuseWhatTheWebRefuses() throws Exception {
        TestAccount ana = accounts.create("dmrules");
        TestAccount closed = accounts.create("dmnobody");
        TestAccount blocker = accounts.create("dmblocker");
        String anaToken = tokens.tokenFor(ana);
        chat.changeSettings(closed.id(), new ChatSettings(WhoMayMessage.NOBODY, false));
        Answer blocked = post("/api/v1/accounts/" + ana.id() + "/block", tokens.tokenFor(blocker));
        assertThat(blocked.status()).isEqualTo(200);

        for (TestAccount refusing : List.of(closed, blocker)) {
            Answer refused = postJson(
                    "/api/v1/statuses",
                    Map.of("status", "@" + refusing.username() + " hello", "visibility", "direct"),
                    anaToken);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.json().get("error").asString())
                    .isEqualTo("This member does not accept messages from you.");
        }
        assertThat(get("/api/v1/conversations", anaToken).json()).isEmpty();

        Answer nobody = postJson("/api/v1/statuses", Map.of("status", "hello?", "visibility", "direct"), anaToken);
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.json().get("error").asString()).contains("@username");
        Answer unknown = postJson(
                "/api/v1/statuses", Map.of("status", "@nobody_here_xyz hello", "visibility", "direct"), anaToken);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("error").asString()).contains("@nobody_here_xyz");
    }

    @Test
    void theGuardRefusesUntilConfirmedAndAKeySendsOnce() throws Exception {
        TestAccount ana = accounts.create("dmguard");
        TestAccount ben = accounts.create("dmguardb");
        String anaToken = tokens.tokenFor(ana);
        String text = "@" + ben.username() + " my client Maria, 15, lives at 42 Elm Street";

        Answer flagged = postJson("/api/v1/statuses", Map.of("status", text, "visibility", "direct"), anaToken);
        assertThat(flagged.status()).isEqualTo(422);
        assertThat(flagged.json().get("error").asString())
                .contains("may identify a client")
                .contains(" at ");
        assertThat(get("/api/v1/conversations", anaToken).json()).isEmpty();

        Map<String, Object> confirmed =
                Map.of("status", text, "visibility", "direct", "confidentiality_confirmed", true);
        Answer once = send(json("/api/v1/statuses", confirmed, anaToken).header("Idempotency-Key", "dm-1"));
        Answer twice = send(json("/api/v1/statuses", confirmed, anaToken).header("Idempotency-Key", "dm-1"));
        assertThat(once.status()).as(once.body()).isEqualTo(200);
        assertThat(twice.json().get("id").asString())
                .isEqualTo(once.json().get("id").asString());
        long conversationId = Long.parseLong(
                get("/api/v1/conversations", anaToken).json().get(0).get("id").asString());
        assertThat(chat.messages(ana.id(), conversationId, null, null, 10).messages())
                .hasSize(1);
    }

    @Test
    void aMessageCanBeEditedForFifteenMinutesOnly() throws Exception {
        TestAccount ana = accounts.create("dmlate");
        TestAccount ben = accounts.create("dmlateb");
        String anaToken = tokens.tokenFor(ana);
        String statusId = direct(anaToken, "@" + ben.username() + " visit at 10");
        jdbc.sql("update chat_messages set created_at = :then where id = :id")
                .param("then", Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))))
                .param("id", DirectStatusIds.messageId(Long.parseLong(statusId)))
                .update();

        Answer late = put("/api/v1/statuses/" + statusId, Map.of("status", "visit at 11"), anaToken);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("error").asString()).contains("15 minutes");
    }

    @Test
    void aDirectStatusCarriesOneDescribedImage() throws Exception {
        TestAccount ana = accounts.create("dmimage");
        TestAccount ben = accounts.create("dmimageb");
        String anaToken = tokens.tokenFor(ana);
        String photo = upload(anaToken, "The agreed care plan on a whiteboard");
        String other = upload(anaToken, "A second photo");

        Answer two = postJson(
                "/api/v1/statuses",
                Map.of(
                        "status",
                        "@" + ben.username() + " two photos",
                        "visibility",
                        "direct",
                        "media_ids",
                        List.of(photo, other)),
                anaToken);
        assertThat(two.status()).isEqualTo(422);
        assertThat(two.json().get("error").asString()).contains("one image");

        Answer sent = postJson(
                "/api/v1/statuses",
                Map.of(
                        "status",
                        "@" + ben.username() + " the plan",
                        "visibility",
                        "direct",
                        "media_ids",
                        List.of(photo)),
                anaToken);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        JsonNode media = sent.json().get("media_attachments");
        assertThat(media).hasSize(1);
        assertThat(media.get(0).get("description").asString()).isEqualTo("The agreed care plan on a whiteboard");
        assertThat(media.get(0).get("url").asString()).contains("/media/");
    }

    private String upload(String token, String description) throws Exception {
        String boundary = "socialworkr" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                        + description + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(TestImages.png(40, 20));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Answer uploaded = send(authorized("/api/v2/media", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(uploaded.status()).as(uploaded.body()).isIn(200, 202);
        return uploaded.json().get("id").asString();
    }

    private String direct(String token, String text) throws Exception {
        Answer sent = postJson("/api/v1/statuses", Map.of("status", text, "visibility", "direct"), token);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("id").asString();
    }

    private static List<String> ids(JsonNode statuses) {
        List<String> ids = new ArrayList<>();
        statuses.forEach(status -> ids.add(status.get("id").asString()));
        return ids;
    }

    private static List<String> usernames(JsonNode conversations) {
        List<String> names = new ArrayList<>();
        conversations.forEach(conversation ->
                names.add(conversation.get("accounts").get(0).get("username").asString()));
        return names;
    }

    record Answer(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    private Answer get(String path, String token) throws Exception {
        return send(authorized(path, token).GET());
    }

    private Answer post(String path, String token) throws Exception {
        return send(authorized(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Answer delete(String path, String token) throws Exception {
        return send(authorized(path, token).DELETE());
    }

    private Answer postJson(String path, Map<String, ?> body, String token) throws Exception {
        return send(json(path, body, token));
    }

    private Answer put(String path, Map<String, ?> body, String token) throws Exception {
        return send(authorized(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder json(String path, Map<String, ?> body, String token) {
        return authorized(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private HttpRequest.Builder authorized(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), response);
    }
}
