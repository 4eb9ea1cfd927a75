package org.socialworkr.account;

import java.util.List;

/**
 * What administrators do to accounts: list members, suspend and unsuspend them, grant and revoke
 * roles. Every method checks the acting member against the database, not against the session,
 * so a role revoked or a two-factor login turned off a moment ago counts at once.
 */
public interface AccountAdministration {

    /** The most members {@link #members} returns at once. */
    int MAX_PAGE_SIZE = 100;

    /**
     * Members, newest first; administrators and moderators may list them.
     *
     * @param query part of a username, display name or email address; {@code null} or blank for all
     * @param beforeId the id of the last member of the previous page, or {@code null} for the first page
     * @param limit how many, clamped to 1..{@link #MAX_PAGE_SIZE}
     * @throws TwoFactorRequiredException when the actor has the role but no two-factor login
     */
    List<AccountSummary> members(CurrentAccount actor, String query, Long beforeId, int limit);

    /** Suspends the account and ends all its sessions; refused for oneself and for administrators. */
    void suspend(CurrentAccount actor, long accountId);

    void unsuspend(CurrentAccount actor, long accountId);

    /** Only active accounts receive roles. */
    void grant(CurrentAccount actor, long accountId, AccountRole role);

    /** Refused for one's own administrator role, so an instance cannot lose its last administrator by a slip. */
    void revoke(CurrentAccount actor, long accountId, AccountRole role);
}
