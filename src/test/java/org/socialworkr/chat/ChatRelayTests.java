package org.socialworkr.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.PostgreSql;
import org.socialworkr.test.RequiresPostgreSql;
import org.socialworkr.test.TestAccounts;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Two nodes sharing one PostgreSQL database, with the RabbitMQ STOMP relay between them: a
 * message sent through node A reaches a member whose socket is connected to node B.
 */
@RequiresPostgreSql
@RequiresRabbitMqStomp
class ChatRelayTests {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    @Test
    @SuppressWarnings("unchecked")
    void aMessageSentOnOneNodeArrivesOnTheOther() throws Exception {
        String database =
                "chat_relay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = PostgreSql.connect(PostgreSql.ADMIN_URL);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        Path dir = Files.createTempDirectory("chat-relay");
        List<String> args = List.of(
                "--spring.datasource.url=" + PostgreSql.urlOf(database),
                "--spring.datasource.username=" + PostgreSql.USER,
                "--spring.datasource.password=" + PostgreSql.PASSWORD,
                "--socialworkr.chat.broker=relay",
                "--socialworkr.chat.relay.host=" + RequiresRabbitMqStomp.HOST,
                "--socialworkr.chat.relay.port=" + RequiresRabbitMqStomp.PORT);
        try (ChatNode nodeA = ChatNode.start(dir, "node-a", args);
                ChatNode nodeB = ChatNode.start(dir, "node-b", args)) {
            String ana = "ana_" + UUID.randomUUID().toString().substring(0, 8);
            String ben = "ben_" + UUID.randomUUID().toString().substring(0, 8);
            insertMember(database, ana);
            insertMember(database, ben);

            try (StompMember benOnB = StompMember.connect(
                    nodeB.baseUri(), StompMember.login(nodeB.baseUri(), ben, TestAccounts.PASSWORD))) {
                benOnB.subscribeOwnEvents();
                String anaCookie = StompMember.login(nodeA.baseUri(), ana, TestAccounts.PASSWORD);
                String csrf = csrfToken(nodeA.baseUri(), anaCookie);
                String conversation = post(
                        nodeA.baseUri(),
                        anaCookie,
                        csrf,
                        "/api/v1/chat/conversations",
                        "{\"usernames\": [\"" + ben + "\"]}");
                Matcher id = Pattern.compile("\"id\":\"(\\d+)\"").matcher(conversation);
                assertThat(id.find()).as(conversation).isTrue();

                // The relay's own connections come up just after the node reports healthy: try a few times.
                Map<String, Object> received = null;
                for (int attempt = 0; attempt < 5 && received == null; attempt++) {
                    post(
                            nodeA.baseUri(),
                            anaCookie,
                            csrf,
                            "/api/v1/chat/conversations/" + id.group(1) + "/messages",
                            "{\"text\": \"Sent on node A, attempt " + attempt + "\"}");
                    received = benOnB.next("message", Duration.ofSeconds(5));
                }
                assertThat(received)
                        .as("a message from node A on node B\n" + nodeB.logTail())
                        .isNotNull();
                Map<String, Object> message = (Map<String, Object>) received.get("message");
                assertThat((String) message.get("text")).startsWith("Sent on node A");
                assertThat(((Map<String, Object>) message.get("sender")).get("username"))
                        .isEqualTo(ana);
            }
        } finally {
            try (Connection admin = PostgreSql.connect(PostgreSql.ADMIN_URL);
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private static void insertMember(String database, String username) throws Exception {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(TestAccounts.PASSWORD);
        try (Connection db = PostgreSql.connect(PostgreSql.urlOf(database));
                PreparedStatement insert = db.prepareStatement(
                        """
                        insert into accounts (username, email, password_hash, display_name, status, security_stamp,
                                              created_at, confirmed_at, version)
                        values (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0)
                        """)) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, username);
            insert.setString(2, username + "@example.org");
            insert.setString(3, hash);
            insert.setString(4, "Test " + username);
            insert.setString(5, UUID.randomUUID().toString());
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
    }

    private static String csrfToken(URI base, String cookie) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/messages/new"))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find())
                .as("CSRF token on /messages/new: " + page.statusCode())
                .isTrue();
        return token.group(1);
    }

    private static String post(URI base, String cookie, String csrf, String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Cookie", cookie)
                                .header("X-CSRF-TOKEN", csrf)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }
}
