package org.socialworkr.api.mastodon.oauth;

import java.security.Principal;
import java.util.Set;
import org.socialworkr.account.MemberCredential;
import org.socialworkr.account.OAuthSupport;
import org.socialworkr.common.InstanceProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.stereotype.Component;

/**
 * Issues an access token outside the token endpoint, with the authorization server's own token
 * generator and store: for Mastodon's registration API, which answers a sign-up with a token.
 */
@Component
class TokenIssuer {

    /** The grant recorded for tokens handed out at registration. */
    static final AuthorizationGrantType REGISTRATION = new AuthorizationGrantType("urn:socialworkr:registration");

    private final OAuth2TokenGenerator<OAuth2Token> generator;
    private final MemberAuthorizations authorizations;
    private final AuthorizationServerSettings settings;
    private final InstanceProperties instance;

    TokenIssuer(
            OAuth2TokenGenerator<OAuth2Token> generator,
            MemberAuthorizations authorizations,
            AuthorizationServerSettings settings,
            InstanceProperties instance) {
        this.generator = generator;
        this.authorizations = authorizations;
        this.settings = settings;
        this.instance = instance;
    }

    /** A token that acts for the member, until their security stamp changes. */
    OAuth2AccessToken issueForMember(RegisteredClient client, MemberCredential member, Set<String> scopes) {
        Authentication principal = MemberAuthorizations.stored(member);
        OAuth2AccessToken token = generate(client, principal, scopes);
        authorizations.save(OAuth2Authorization.withRegisteredClient(client)
                .principalName(principal.getName())
                .authorizationGrantType(REGISTRATION)
                .authorizedScopes(scopes)
                .token(token)
                .attribute(Principal.class.getName(), principal)
                .attribute(OAuthSupport.ACCOUNT_ID, Long.toString(member.accountId()))
                .attribute(OAuthSupport.SECURITY_STAMP, member.securityStamp())
                .build());
        return token;
    }

    /** A token of the app itself, acting for nobody (as client_credentials would give). */
    OAuth2AccessToken issueForApp(RegisteredClient client, Set<String> scopes) {
        Authentication principal = MemberAuthorizations.stored(new MemberCredential(0, client.getClientId(), ""));
        OAuth2AccessToken token = generate(client, principal, scopes);
        authorizations.save(OAuth2Authorization.withRegisteredClient(client)
                .principalName(client.getClientId())
                .authorizationGrantType(REGISTRATION)
                .authorizedScopes(scopes)
                .token(token)
                .build());
        return token;
    }

    private AuthorizationServerContext serverContext() {
        String issuer = instance.absoluteUrl("");
        return new AuthorizationServerContext() {
            @Override
            public String getIssuer() {
                return issuer;
            }

            @Override
            public AuthorizationServerSettings getAuthorizationServerSettings() {
                return settings;
            }
        };
    }

    private OAuth2AccessToken generate(RegisteredClient client, Authentication principal, Set<String> scopes) {
        OAuth2Token generated = generator.generate(DefaultOAuth2TokenContext.builder()
                .registeredClient(client)
                .authorizationServerContext(serverContext())
                .principal(principal)
                .authorizedScopes(scopes)
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .authorizationGrantType(REGISTRATION)
                .build());
        if (generated == null) {
            throw new IllegalStateException("The token generator issued no access token for " + client.getClientId());
        }
        return new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                generated.getTokenValue(),
                generated.getIssuedAt(),
                generated.getExpiresAt(),
                scopes);
    }
}
