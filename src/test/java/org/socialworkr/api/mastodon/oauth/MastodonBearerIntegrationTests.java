package org.socialworkr.api.mastodon.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.App;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.Response;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The content endpoints of the Mastodon adapter (statuses, timelines, favourites, notifications,
 * markers) driven over HTTP with bearer tokens, as a Mastodon app drives them: no session, no CSRF,
 * form bodies, and the token's scopes deciding what it may do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, Outbox.class})
class MastodonBearerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void anAppPostsReadsFavouritesAndIsToldAboutItWithTokens() throws Exception {
        TestAccount author = accounts.create("bearerauthor");
        TestAccount fan = accounts.create("bearerfan");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write follow", OAuthIntegrationTests.REDIRECT);
        String authorToken = OAuthIntegrationTests.tokenFor(client, author, app, "read write follow");
        String fanToken = OAuthIntegrationTests.tokenFor(client, fan, app, "read write follow");

        Response created = client.postForm(
                "/api/v1/statuses",
                Map.of("status", "Supervision notes #bearer" + author.id(), "visibility", "public"),
                authorToken);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("account").get("id").asString()).isEqualTo(Long.toString(author.id()));

        Response follow = client.postForm("/api/v1/accounts/" + author.id() + "/follow", Map.of(), fanToken);
        assertThat(follow.status()).as(follow.body()).isEqualTo(200);
        assertThat(follow.json().get("following").asBoolean()).isTrue();

        Response home = client.get("/api/v1/timelines/home?limit=1", fanToken);
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(home.json().get(0).get("id").asString()).isEqualTo(id);
        assertThat(home.header("Link"))
                .contains("max_id=" + id)
                .contains("limit=1")
                .contains("rel=\"prev\"");

        Response favourite = client.postForm("/api/v1/statuses/" + id + "/favourite", Map.of(), fanToken);
        assertThat(favourite.status()).as(favourite.body()).isEqualTo(200);
        assertThat(favourite.json().get("favourited").asBoolean()).isTrue();

        Response markers = client.postForm("/api/v1/markers", Map.of("home[last_read_id]", id), fanToken);
        assertThat(markers.status()).as(markers.body()).isEqualTo(200);
        assertThat(markers.json().get("home").get("last_read_id").asString()).isEqualTo(id);

        Response noToken = client.fresh(port).get("/api/v1/timelines/home");
        assertThat(noToken.status()).isEqualTo(401);
    }

    @Test
    void aReadOnlyTokenCannotPostAndAnotherMembersStatusCannotBeEdited() throws Exception {
        TestAccount author = accounts.create("bearerowner");
        TestAccount other = accounts.create("bearerother");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write", OAuthIntegrationTests.REDIRECT);
        String readOnly = OAuthIntegrationTests.tokenFor(client, author, app, "read");
        String authorToken = OAuthIntegrationTests.tokenFor(client, author, app, "read write");
        String otherToken = OAuthIntegrationTests.tokenFor(client, other, app, "read write");

        Response refused = client.postForm("/api/v1/statuses", Map.of("status", "not with this token"), readOnly);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asString()).isNotBlank();

        Response connectionsOnly = client.postForm(
                "/api/v1/statuses", Map.of("status", "for connections", "visibility", "private"), authorToken);
        assertThat(connectionsOnly.status()).as(connectionsOnly.body()).isEqualTo(200);
        String id = connectionsOnly.json().get("id").asString();
        assertThat(client.get("/api/v1/statuses/" + id, otherToken).status()).isEqualTo(404);
        assertThat(client.get("/api/v1/statuses/" + id, readOnly).status()).isEqualTo(200);

        Response guarded = client.postForm(
                "/api/v1/statuses", Map.of("status", "my client Maria, 15, lives at 42 Elm Street"), authorToken);
        assertThat(guarded.status()).isEqualTo(422);
        assertThat(guarded.json().get("error").asString()).contains("This text may identify a client:");
    }
}
