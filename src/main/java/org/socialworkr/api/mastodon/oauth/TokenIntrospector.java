package org.socialworkr.api.mastodon.oauth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.account.OAuthSupport;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Resolves an opaque bearer token in this application's own authorization store (no HTTP round
 * trip): active tokens only, with their scopes as {@code SCOPE_} authorities and the member they
 * were issued to. The account module then checks that member's state on every request.
 */
class TokenIntrospector implements OpaqueTokenIntrospector {

    static final String REGISTERED_CLIENT_ID = "socialworkr_registered_client_id";

    private final MemberAuthorizations authorizations;

    TokenIntrospector(MemberAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        OAuth2Authorization authorization = authorizations
                .findByAccessToken(token)
                .orElseThrow(() -> new BadOpaqueTokenException("The access token is invalid"));
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization.getAccessToken();
        if (accessToken == null || !accessToken.isActive()) {
            throw new BadOpaqueTokenException("The access token is invalid");
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(OAuth2TokenIntrospectionClaimNames.ACTIVE, true);
        attributes.put(
                OAuth2TokenIntrospectionClaimNames.SCOPE,
                List.copyOf(accessToken.getToken().getScopes()));
        attributes.put(REGISTERED_CLIENT_ID, authorization.getRegisteredClientId());
        String accountId = authorization.getAttribute(OAuthSupport.ACCOUNT_ID);
        if (accountId != null) {
            attributes.put(OAuthSupport.ACCOUNT_ID, accountId);
            attributes.put(OAuthSupport.SECURITY_STAMP, authorization.getAttribute(OAuthSupport.SECURITY_STAMP));
        }
        if (accessToken.getToken().getExpiresAt() != null) {
            attributes.put(
                    OAuth2TokenIntrospectionClaimNames.EXP,
                    accessToken.getToken().getExpiresAt());
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String scope : accessToken.getToken().getScopes()) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
        }
        return new DefaultOAuth2AuthenticatedPrincipal(authorization.getPrincipalName(), attributes, authorities);
    }
}
