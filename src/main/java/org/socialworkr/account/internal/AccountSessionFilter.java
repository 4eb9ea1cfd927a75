package org.socialworkr.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.OAuthSupport;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was suspended, deleted or logged out everywhere (its security
 * stamp changed), and otherwise gives the request the account's current roles, so a role
 * granted or revoked takes effect without a new login. An OAuth bearer token issued to a member
 * gets the same checks against the stamp it was issued under; a member who has not confirmed
 * their email address yet may use a token to read, so the token carries {@code UNCONFIRMED}.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    static final String CURRENT_ACCOUNT_ATTRIBUTE = CurrentAccount.REQUEST_ATTRIBUTE;

    private static final JsonErrorEntryPoint INVALID_TOKEN =
            new JsonErrorEntryPoint(HttpStatus.UNAUTHORIZED, "The access token is invalid");

    private final AccountSnapshots snapshots;

    AccountSessionFilter(AccountSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var snapshot = snapshots
                    .get(principal.id())
                    .filter(found -> found.status() == AccountStatus.ACTIVE)
                    .filter(found -> found.securityStamp().equals(principal.securityStamp()));
            if (snapshot.isEmpty()) {
                endSession(request);
            } else {
                SecurityContext fresh = SecurityContextHolder.createEmptyContext();
                fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal,
                        null,
                        AccountPrincipal.authoritiesOf(snapshot.get().account())));
                // Not saved to the session: the next request rebuilds it from the snapshot again.
                SecurityContextHolder.setContext(fresh);
                request.setAttribute(CURRENT_ACCOUNT_ATTRIBUTE, snapshot.get().account());
            }
        } else if (authentication instanceof BearerTokenAuthentication bearer
                && bearer.getTokenAttributes().get(OAuthSupport.ACCOUNT_ID) != null) {
            var snapshot = memberOf(bearer);
            if (snapshot.isEmpty()) {
                SecurityContextHolder.clearContext();
                INVALID_TOKEN.commence(request, response, null);
                return;
            }
            List<GrantedAuthority> authorities = new ArrayList<>(bearer.getAuthorities());
            authorities.addAll(AccountPrincipal.authoritiesOf(snapshot.get().account()));
            if (snapshot.get().status() == AccountStatus.PENDING) {
                authorities.add(new SimpleGrantedAuthority(OAuthSupport.UNCONFIRMED));
            }
            SecurityContext fresh = SecurityContextHolder.createEmptyContext();
            fresh.setAuthentication(new BearerTokenAuthentication(
                    (OAuth2AuthenticatedPrincipal) bearer.getPrincipal(),
                    (OAuth2AccessToken) bearer.getCredentials(),
                    authorities));
            SecurityContextHolder.setContext(fresh);
            request.setAttribute(CURRENT_ACCOUNT_ATTRIBUTE, snapshot.get().account());
        }
        chain.doFilter(request, response);
    }

    private Optional<AccountSnapshots.Snapshot> memberOf(BearerTokenAuthentication bearer) {
        Object id = bearer.getTokenAttributes().get(OAuthSupport.ACCOUNT_ID);
        Object stamp = bearer.getTokenAttributes().get(OAuthSupport.SECURITY_STAMP);
        long accountId;
        try {
            accountId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return snapshots
                .get(accountId)
                .filter(found -> found.status() == AccountStatus.ACTIVE || found.status() == AccountStatus.PENDING)
                .filter(found -> found.securityStamp().equals(stamp));
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
