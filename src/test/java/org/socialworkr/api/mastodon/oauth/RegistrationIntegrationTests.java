package org.socialworkr.api.mastodon.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountRegistration;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.App;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.Response;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Mastodon's registration API: an app signs a member up, who reads at once and writes once confirmed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, Outbox.class})
class RegistrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    AccountRegistration registration;

    @Test
    void anAppSignsAMemberUpWhoReadsAtOnceAndWritesOnceConfirmed() throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        String appToken = appToken(client);
        String username = TestAccounts.uniqueUsername("apisignup");
        String email = username + "@example.org";

        Response signedUp = client.postJson(
                "/api/v1/accounts",
                Map.of(
                        "username",
                        username,
                        "email",
                        email,
                        "password",
                        TestAccounts.PASSWORD,
                        "agreement",
                        true,
                        "locale",
                        "en"),
                appToken);
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(200);
        assertThat(signedUp.json().get("token_type").asString()).isEqualTo("Bearer");
        String token = signedUp.json().get("access_token").asString();
        assertThat(outbox.latest(email).body()).contains("token=");

        assertThat(client.get("/api/v1/notifications", token).status()).isEqualTo(200);
        Response write = client.postJson("/api/v1/confidentiality/check", Map.of("text", "hello"), token);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("error").asString()).isEqualTo("Your login is missing a confirmed e-mail address");

        registration.confirmEmail(outbox.latest(email).token());

        assertThat(client.postJson("/api/v1/confidentiality/check", Map.of("text", "hello"), token)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void badInputAndTakenUsernamesAre422AndATakenEmailTellsNothing() throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        String appToken = appToken(client);
        String username = TestAccounts.uniqueUsername("apitaken");

        Response noAgreement = client.postJson(
                "/api/v1/accounts",
                Map.of("username", username, "email", username + "@example.org", "password", TestAccounts.PASSWORD),
                appToken);
        assertThat(noAgreement.status()).isEqualTo(422);

        Response weakPassword = client.postJson(
                "/api/v1/accounts",
                Map.of("username", username, "email", username + "@example.org", "password", "x", "agreement", true),
                appToken);
        assertThat(weakPassword.status()).isEqualTo(422);
        assertThat(weakPassword.json().get("error").asString()).contains("password");

        Map<String, Object> valid = Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "password",
                TestAccounts.PASSWORD,
                "agreement",
                true);
        assertThat(client.postJson("/api/v1/accounts", valid, appToken).status())
                .isEqualTo(200);
        Response sameName = client.postJson(
                "/api/v1/accounts",
                Map.of(
                        "username",
                        username,
                        "email",
                        "other-" + username + "@example.org",
                        "password",
                        TestAccounts.PASSWORD,
                        "agreement",
                        true),
                appToken);
        assertThat(sameName.status()).isEqualTo(422);

        Response sameEmail = client.postJson(
                "/api/v1/accounts",
                Map.of(
                        "username",
                        username + "b",
                        "email",
                        username + "@example.org",
                        "password",
                        TestAccounts.PASSWORD,
                        "agreement",
                        true),
                appToken);
        assertThat(sameEmail.status()).isEqualTo(200);
        assertThat(sameEmail.json().has("access_token")).isTrue();
    }

    @Test
    void registrationNeedsAnAppToken() throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        String username = TestAccounts.uniqueUsername("apinotoken");
        Response response = client.postJson(
                "/api/v1/accounts",
                Map.of("username", username, "email", username + "@example.org", "password", TestAccounts.PASSWORD),
                null);
        assertThat(response.status()).isIn(401, 403);
    }

    private static String appToken(MastodonHttp client) throws Exception {
        App app = client.registerApp("read write follow", "urn:ietf:wg:oauth:2.0:oob");
        Response token = client.postForm(
                "/oauth/token",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        app.clientId(),
                        "client_secret",
                        app.clientSecret(),
                        "scope",
                        "read write"));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return token.json().get("access_token").asString();
    }
}
