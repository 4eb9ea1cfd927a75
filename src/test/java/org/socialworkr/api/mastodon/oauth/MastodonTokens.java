package org.socialworkr.api.mastodon.oauth;

import java.util.Map;
import org.socialworkr.api.mastodon.oauth.MastodonHttp.App;
import org.socialworkr.test.TestAccounts.TestAccount;

/** Access tokens obtained the way an app obtains them (authorize, consent, exchange), for tests in other packages. */
public final class MastodonTokens {

    private final MastodonHttp client;
    private final App app;
    private final String scope;

    private MastodonTokens(MastodonHttp client, App app, String scope) {
        this.client = client;
        this.app = app;
        this.scope = scope;
    }

    /** Registers one app with {@code scope} on the server at {@code port}. */
    public static MastodonTokens forApp(int port, String scope) throws Exception {
        MastodonHttp client = new MastodonHttp(port);
        return new MastodonTokens(client, client.registerApp(scope, OAuthIntegrationTests.REDIRECT), scope);
    }

    public String tokenFor(TestAccount member) throws Exception {
        return OAuthIntegrationTests.tokenFor(client, member, app, scope);
    }

    /** Revokes the token as its app does ({@code POST /oauth/revoke}). */
    public void revoke(String token) throws Exception {
        MastodonHttp.Response revoked = client.postForm(
                "/oauth/revoke",
                Map.of("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", token));
        if (revoked.status() != 200) {
            throw new AssertionError("Revocation refused: " + revoked);
        }
    }
}
