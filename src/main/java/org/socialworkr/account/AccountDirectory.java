package org.socialworkr.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looking up members by id or username, for other modules. */
public interface AccountDirectory {

    Optional<AccountSummary> findById(long accountId);

    /** Case-insensitive; pending and suspended accounts are found too: callers decide what to show. */
    Optional<AccountSummary> findByUsername(String username);

    /** One query for many ids; ids without an account are missing from the map. */
    Map<Long, AccountSummary> findAll(Collection<Long> accountIds);

    /** Changes how the member's name is shown everywhere. */
    void rename(long accountId, String displayName);
}
