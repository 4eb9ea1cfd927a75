package org.socialworkr.api.mastodon.streaming;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialworkr.account.AccountSecurity;
import org.socialworkr.account.OAuthSupport;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Closes the sockets whose access token has ended: revoked ({@code POST /oauth/revoke}), expired,
 * or issued before the member logged out everywhere or changed their password. The authorization
 * server tells nobody when it revokes a token, and logging out everywhere only changes the
 * member's security stamp, so every open socket's token is looked up again every
 * {@value #INTERVAL_SECONDS} seconds: one read per socket, and an ended token streams that long at most.
 */
@Component
class StreamingTokenCheck {

    static final int INTERVAL_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(StreamingTokenCheck.class);
    private static final CloseStatus ENDED = CloseStatus.POLICY_VIOLATION.withReason("The access token was revoked");

    private final StreamingHandler handler;
    private final OAuth2AuthorizationService authorizations;
    private final AccountSecurity security;

    StreamingTokenCheck(StreamingHandler handler, OAuth2AuthorizationService authorizations, AccountSecurity security) {
        this.handler = handler;
        this.authorizations = authorizations;
        this.security = security;
    }

    @Scheduled(fixedDelay = INTERVAL_SECONDS, initialDelay = INTERVAL_SECONDS, timeUnit = TimeUnit.SECONDS)
    void closeEnded() {
        for (Subscriber subscriber : handler.subscribers()) {
            if (!holds(subscriber.token())) {
                try {
                    subscriber.close(ENDED);
                } catch (IOException e) {
                    log.debug(
                            "Could not close the socket of member {}",
                            subscriber.member().id(),
                            e);
                }
            }
        }
    }

    private boolean holds(String token) {
        OAuth2Authorization authorization = authorizations.findByToken(token, OAuth2TokenType.ACCESS_TOKEN);
        if (authorization == null) {
            return false;
        }
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization.getAccessToken();
        if (accessToken == null || !accessToken.isActive()) {
            return false;
        }
        String accountId = authorization.getAttribute(OAuthSupport.ACCOUNT_ID);
        String stamp = authorization.getAttribute(OAuthSupport.SECURITY_STAMP);
        return accountId != null && stamp != null && security.isCurrent(Long.parseLong(accountId), stamp);
    }
}
