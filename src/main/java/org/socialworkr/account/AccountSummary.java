package org.socialworkr.account;

import java.time.Instant;
import java.util.Set;

/** What other modules may know of an account. */
public record AccountSummary(
        long id,
        String username,
        String displayName,
        AccountStatus status,
        Set<AccountRole> roles,
        boolean twoFactorEnabled,
        Instant createdAt) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
