package org.socialworkr.api.mastodon.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.socialworkr.account.MemberCredential;
import org.socialworkr.account.OAuthSupport;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorization server's store (JDBC, so tokens survive a restart), with two additions. The
 * member's web login is not stored as it is: only the username, and beside it the account id and
 * the security stamp the token is issued under, so the member's sessions and tokens end together.
 * Access tokens are looked up once per {@link #LIFETIME} per node rather than on every request;
 * a change on this node (a revocation) takes effect at once.
 */
class MemberAuthorizations implements OAuth2AuthorizationService {

    static final Duration LIFETIME = Duration.ofSeconds(10);

    private final OAuth2AuthorizationService store;
    private final Cache<String, Optional<OAuth2Authorization>> byAccessToken = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumSize(100_000)
            .build();

    MemberAuthorizations(OAuth2AuthorizationService store) {
        this.store = store;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        store.save(withMemberAttributes(authorization));
        forget(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
        forget(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }

    /** The authorization of an access token, from a short-lived cache. */
    Optional<OAuth2Authorization> findByAccessToken(String token) {
        return byAccessToken.get(
                token, value -> Optional.ofNullable(store.findByToken(value, OAuth2TokenType.ACCESS_TOKEN)));
    }

    private void forget(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization.getAccessToken();
        if (accessToken != null) {
            byAccessToken.invalidate(accessToken.getToken().getTokenValue());
        }
    }

    private static OAuth2Authorization withMemberAttributes(OAuth2Authorization authorization) {
        Object principal = authorization.getAttribute(Principal.class.getName());
        if (!(principal instanceof Authentication authentication)) {
            return authorization;
        }
        return MemberCredential.of(authentication)
                .map(member -> OAuth2Authorization.from(authorization)
                        .attribute(Principal.class.getName(), stored(member))
                        .attribute(OAuthSupport.ACCOUNT_ID, Long.toString(member.accountId()))
                        .attribute(OAuthSupport.SECURITY_STAMP, member.securityStamp())
                        .build())
                .orElse(authorization);
    }

    /** What is kept of the member's login: the name it is known by, in a form the store can read back. */
    static Authentication stored(MemberCredential member) {
        return UsernamePasswordAuthenticationToken.authenticated(
                member.username(), null, AuthorityUtils.createAuthorityList("ROLE_MEMBER"));
    }
}
