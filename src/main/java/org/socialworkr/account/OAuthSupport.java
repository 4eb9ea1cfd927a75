package org.socialworkr.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The OAuth 2 side of security, implemented by the module that serves the client API: the
 * authorization server's endpoints and how bearer tokens and their scopes are checked. The
 * account module keeps the order of the filter chains and applies the member checks (security
 * stamp, suspension, fresh roles) to sessions and tokens alike.
 */
public interface OAuthSupport {

    /** Token attribute: the id of the member a token was issued to (absent for an app's own token). */
    String ACCOUNT_ID = "socialworkr_account_id";

    /** Token attribute: the member's security stamp when the token was issued; a change ends the token. */
    String SECURITY_STAMP = "socialworkr_security_stamp";

    /** Authority of a member whose email address is not confirmed yet: may read, not write. */
    String UNCONFIRMED = "UNCONFIRMED";

    /**
     * Configures the chain that serves the authorization server's endpoints (authorize, token,
     * revoke, metadata), including its security matcher. The member's web login applies to it.
     */
    void configureAuthorizationServer(HttpSecurity http) throws Exception;

    /**
     * Configures bearer-token authentication, scope checks and error answers on the chain for API
     * requests that carry a bearer token (its security matcher is set already).
     */
    void configureResourceServer(HttpSecurity http) throws Exception;
}
