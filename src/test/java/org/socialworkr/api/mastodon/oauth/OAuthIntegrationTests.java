package org.socialworkr.api.mastodon.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialworkr.SocialWorkrApplication;
import org.socialworkr.account.AccountSecurity;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.App;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.Response;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * OAuth 2 as Mastodon apps use it, over real HTTP against the running server: app registration,
 * the member's login and consent (two-factor included), tokens and what they may do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestAccounts.class, Outbox.class})
class OAuthIntegrationTests {

    static final String REDIRECT = "http://127.0.0.1:9/callback";
    static final String VERIFIER = "a-code-verifier-that-is-long-enough-for-pkce-0123456789";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountSecurity accountSecurity;

    @Test
    void anAppRegistersAndGetsMastodonsApplicationEntity() throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write follow", "urn:ietf:wg:oauth:2.0:oob");

        assertThat(app.entity().get("name").asString()).isEqualTo("Test app");
        assertThat(app.entity().get("redirect_uri").asString()).isEqualTo("urn:ietf:wg:oauth:2.0:oob");
        assertThat(app.entity().get("scopes").toString()).isEqualTo("[\"read\",\"write\",\"follow\"]");
        assertThat(app.clientId()).hasSizeGreaterThan(20);
        assertThat(app.clientSecret()).hasSizeGreaterThan(20);
        assertThat(app.entity().has("client_secret_expires_at")).isTrue();

        Response form = client.postForm(
                "/api/v1/apps", Map.of("client_name", "Form app", "redirect_uris", REDIRECT, "scopes", "read"));
        assertThat(form.status()).isEqualTo(200);

        Response invalid = client.postJson(
                "/api/v1/apps", Map.of("client_name", "Bad", "redirect_uris", REDIRECT, "scopes", "admin:all"), null);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("error").asString()).contains("scope");
    }

    @Test
    void aMemberAuthorizesAnAppWithPkceAndTheTokenActsForThem() throws Exception {
        TestAccount member = accounts.create("oauthpkce");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write follow", REDIRECT);

        Response toLogin = client.authorize(app, REDIRECT, "read write", MastodonHttp.challengeOf(VERIFIER));
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.location()).endsWith("/login");

        Response afterLogin = client.login(member.username(), TestAccounts.PASSWORD, null);
        Response redirect = client.approve(afterLogin);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).startsWith(REDIRECT + "?code=").contains("state=xyz");

        Response wrongVerifier =
                client.exchange(app, MastodonHttp.codeOf(redirect.location()), REDIRECT, VERIFIER + "x");
        assertThat(wrongVerifier.status()).isEqualTo(400);

        // A code is used once: the failed attempt above burned it, so authorize again (no consent the second time).
        Response again = client.authorize(app, REDIRECT, "read write", MastodonHttp.challengeOf(VERIFIER));
        assertThat(again.location()).startsWith(REDIRECT + "?code=");
        Response token = client.exchange(app, MastodonHttp.codeOf(again.location()), REDIRECT, VERIFIER);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.json().get("scope").asString()).isEqualTo("read write");
        assertThat(token.json().get("created_at").isNumber()).isTrue();
        String accessToken = token.json().get("access_token").asString();

        MastodonHttp app2 = new MastodonHttp(port);
        Response notifications = app2.get("/api/v1/notifications", accessToken);
        assertThat(notifications.status()).as(notifications.body()).isEqualTo(200);
        assertThat(notifications.header("X-RateLimit-Limit")).isNotNull();

        Response check = app2.postJson(
                "/api/v1/confidentiality/check", Map.of("text", "Met my client Jane, 34, today"), accessToken);
        assertThat(check.status()).as(check.body()).isEqualTo(200);

        Response appCredentials = app2.get("/api/v1/apps/verify_credentials", accessToken);
        assertThat(appCredentials.status()).isEqualTo(200);
        assertThat(appCredentials.json().get("name").asString()).isEqualTo("Test app");
        assertThat(appCredentials.json().has("client_secret")).isFalse();
    }

    @Test
    void aMemberWithTwoFactorLoginAuthorizesAnOutOfBandApp() throws Exception {
        TestAccount member = accounts.create("oauth2fa");
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        accounts.enableTwoFactor(member, secret);
        MastodonHttp client = new MastodonHttp(port);
        String oob = "urn:ietf:wg:oauth:2.0:oob";
        App app = client.registerApp("read", oob);

        client.authorize(app, oob, "read", null);
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                .generate(secret, Instant.now().getEpochSecond() / 30);
        Response afterLogin = client.login(member.username(), TestAccounts.PASSWORD, code);
        Response redirect = client.approve(afterLogin);

        assertThat(redirect.location()).contains("/oauth/authorize/native?code=");
        Response codePage =
                client.get(redirect.location().substring(redirect.location().indexOf("/oauth")));
        String authorizationCode = MastodonHttp.codeOf(redirect.location());
        assertThat(codePage.body()).contains(authorizationCode);

        Response token = client.exchange(app, authorizationCode, oob, null);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(new MastodonHttp(port)
                        .get(
                                "/api/v1/notifications",
                                token.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAppTokenFromClientCredentialsIsNoMember() throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write", REDIRECT);

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
                        "read"));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        String accessToken = token.json().get("access_token").asString();

        assertThat(client.get("/api/v1/apps/verify_credentials", accessToken).status())
                .isEqualTo(200);
        Response notifications = client.get("/api/v1/notifications", accessToken);
        assertThat(notifications.status()).isEqualTo(422);
        assertThat(notifications.json().get("error").asString())
                .isEqualTo("This method requires an authenticated user");

        Response wrongSecret = client.postForm(
                "/oauth/token",
                Map.of(
                        "grant_type", "client_credentials",
                        "client_id", app.clientId(),
                        "client_secret", "not-the-secret"));
        assertThat(wrongSecret.status()).isEqualTo(401);
    }

    @Test
    void invalidExpiredAndRevokedTokensGet401() throws Exception {
        TestAccount member = accounts.create("oauthrevoke");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write", REDIRECT);

        Response invalid = client.get("/api/v1/notifications", "no-such-token");
        assertThat(invalid.status()).isEqualTo(401);
        assertThat(invalid.body()).isEqualTo("{\"error\":\"The access token is invalid\"}");

        String expired = tokenFor(client, member, app, "read");
        jdbc.sql(
                        """
                        update oauth2_authorization set access_token_issued_at = :issued, access_token_expires_at = :past
                        where access_token_value = :token
                        """)
                .param("issued", Timestamp.from(Instant.now().minusSeconds(120)))
                .param("past", Timestamp.from(Instant.now().minusSeconds(60)))
                .param("token", expired)
                .update();
        assertThat(client.get("/api/v1/notifications", expired).status()).isEqualTo(401);

        String revoked = tokenFor(client, member, app, "read");
        assertThat(client.get("/api/v1/notifications", revoked).status()).isEqualTo(200);
        Response revocation = client.postForm(
                "/oauth/revoke",
                Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", revoked));
        assertThat(revocation.status()).isEqualTo(200);
        assertThat(revocation.body()).isEqualTo("{}");
        assertThat(client.get("/api/v1/notifications", revoked).status()).isEqualTo(401);
    }

    @Test
    void aTokenMayDoOnlyWhatItsScopesAllow() throws Exception {
        TestAccount member = accounts.create("oauthscope");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read write", REDIRECT);

        String readOnly = tokenFor(client, member, app, "read");
        Response write = client.postJson("/api/v1/confidentiality/check", Map.of("text", "hello"), readOnly);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("error").asString()).isEqualTo("This action is outside the authorized scopes");

        String notificationsOnly = tokenFor(client, member, app, "read:notifications");
        assertThat(client.get("/api/v1/notifications", notificationsOnly).status())
                .isEqualTo(200);
        assertThat(client.get("/api/v1/timelines/home", notificationsOnly).status())
                .isEqualTo(403);
        assertThat(client.get("/api/v1/notifications", readOnly).status()).isEqualTo(200);
    }

    @Test
    void loggingOutEverywhereAndSuspensionEndTheTokens() throws Exception {
        TestAccount member = accounts.create("oauthlogout");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read", REDIRECT);
        String token = tokenFor(client, member, app, "read");
        assertThat(client.get("/api/v1/notifications", token).status()).isEqualTo(200);

        accountSecurity.logOutEverywhere(member.id());

        Response after = client.get("/api/v1/notifications", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("error").asString()).isEqualTo("The access token is invalid");
    }

    @Test
    void sessionRequestsToTheApiStillNeedTheirCsrfToken() throws Exception {
        TestAccount member = accounts.create("oauthcsrf");
        MastodonHttp browser = new MastodonHttp(port);
        browser.login(member.username(), TestAccounts.PASSWORD, null);

        assertThat(browser.get("/api/v1/notifications").status()).isEqualTo(200);
        assertThat(browser.postJson("/api/v1/confidentiality/check", Map.of("text", "hello"), null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void webClientsOnOtherOriginsMayCallTheApiWithTokensButNeverWithCookies() throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        Response preflight = client.request(
                "OPTIONS",
                "/api/v1/notifications",
                Map.of(
                        "Origin", "https://elk.example",
                        "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "authorization"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isIn("*", "https://elk.example");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

        Response instance = client.request("GET", "/api/v2/instance", Map.of("Origin", "https://elk.example"));
        assertThat(instance.status()).isEqualTo(200);
        assertThat(instance.header("Access-Control-Allow-Origin")).isNotNull();

        Response page = client.request("GET", "/login", Map.of("Origin", "https://elk.example"));
        assertThat(page.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theMetadataDocumentHasMastodonsShape() throws Exception {
        Response metadata = new MastodonHttp(port).get("/.well-known/oauth-authorization-server");

        assertThat(metadata.status()).isEqualTo(200);
        var json = metadata.json();
        assertThat(json.get("authorization_endpoint").asString()).endsWith("/oauth/authorize");
        assertThat(json.get("token_endpoint").asString()).endsWith("/oauth/token");
        assertThat(json.get("revocation_endpoint").asString()).endsWith("/oauth/revoke");
        assertThat(json.get("app_registration_endpoint").asString()).endsWith("/api/v1/apps");
        assertThat(json.get("scopes_supported").toString()).contains("\"read:statuses\"", "\"follow\"", "\"push\"");
        assertThat(json.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(json.get("token_endpoint_auth_methods_supported").toString()).contains("client_secret_post");
    }

    @Test
    void tokensSurviveARestart() throws Exception {
        TestAccount member = accounts.create("oauthrestart");
        MastodonHttp client = new MastodonHttp(port);
        App app = client.registerApp("read", REDIRECT);
        String token = tokenFor(client, member, app, "read");

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SocialWorkrApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.jmx.enabled=false")
                .run()) {
            int restartedPort =
                    ((WebServerApplicationContext) restarted).getWebServer().getPort();
            Response response = new MastodonHttp(restartedPort).get("/api/v1/notifications", token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }
    }

    /** A token for the member with the scope, through login (in a fresh cookie jar), consent and PKCE. */
    static String tokenFor(MastodonHttp client, TestAccount member, App app, String scope) throws Exception {
        MastodonHttp browser = client.fresh(portOf(client));
        browser.authorize(app, REDIRECT, scope, MastodonHttp.challengeOf(VERIFIER));
        Response redirect = browser.approve(browser.login(member.username(), TestAccounts.PASSWORD, null));
        Response token = browser.exchange(app, MastodonHttp.codeOf(redirect.location()), REDIRECT, VERIFIER);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return token.json().get("access_token").asString();
    }

    private static int portOf(MastodonHttp client) {
        return client.port();
    }
}
