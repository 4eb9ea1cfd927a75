package org.socialworkr.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.socialworkr.account.AccountStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was suspended, deleted or logged out everywhere (its security
 * stamp changed), and otherwise gives the request the account's current roles, so a role
 * granted or revoked takes effect without a new login.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    static final String CURRENT_ACCOUNT_ATTRIBUTE = AccountSessionFilter.class.getName() + ".currentAccount";

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
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
