package org.socialworkr.account;

import java.util.Set;

/**
 * The member making the request, as fresh as the account's last change. Controllers receive
 * it as a method parameter; it is {@code null} for visitors who are not logged in.
 */
public record CurrentAccount(
        long id, String username, String displayName, Set<AccountRole> roles, boolean twoFactorEnabled) {

    /** The request attribute that holds the member, for handlers outside Spring MVC (the WebSocket handshake). */
    public static final String REQUEST_ATTRIBUTE = CurrentAccount.class.getName();

    public CurrentAccount {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(AccountRole role) {
        return roles.contains(role);
    }

    /** Administrator and moderator powers count only once two-factor login is on. */
    public boolean canUse(AccountRole role) {
        return hasRole(role) && twoFactorEnabled;
    }
}
