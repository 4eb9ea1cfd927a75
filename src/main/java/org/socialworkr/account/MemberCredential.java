package org.socialworkr.account;

import java.util.Optional;
import org.socialworkr.account.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;

/**
 * The member a credential is issued to, and the security stamp it is issued under: a credential
 * (an OAuth token) lasts only as long as the stamp, like the member's web sessions.
 */
public record MemberCredential(long accountId, String username, String securityStamp) {

    /** The member of a logged-in web session, if the authentication is one. */
    public static Optional<MemberCredential> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(
                    new MemberCredential(principal.id(), principal.getUsername(), principal.securityStamp()));
        }
        return Optional.empty();
    }
}
