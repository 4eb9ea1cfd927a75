package org.socialworkr.api.mastodon.streaming;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialworkr.account.CurrentAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Accepts a handshake only from a member with an access token (as Mastodon 4 does for every
 * stream, public ones included) and hands the member and the token's scopes to the session. A
 * session cookie is not enough: any site could open a socket with it in the visitor's name.
 */
class MemberHandshakeInterceptor implements HandshakeInterceptor {

    static final String MEMBER = "member";
    static final String SCOPES = "scopes";
    static final String TOKEN = "token";

    private static final String SCOPE_PREFIX = "SCOPE_";

    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler handler,
            Map<String, Object> attributes) {
        if (request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getUserPrincipal() instanceof BearerTokenAuthentication bearer
                && servlet.getServletRequest().getAttribute(CurrentAccount.REQUEST_ATTRIBUTE)
                        instanceof CurrentAccount member) {
            Set<String> scopes = bearer.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(SCOPE_PREFIX))
                    .map(authority -> authority.substring(SCOPE_PREFIX.length()))
                    .collect(Collectors.toUnmodifiableSet());
            attributes.put(MEMBER, member);
            attributes.put(SCOPES, scopes);
            attributes.put(TOKEN, bearer.getToken().getTokenValue());
            return true;
        }
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        return false;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler, Exception exception) {}
}
