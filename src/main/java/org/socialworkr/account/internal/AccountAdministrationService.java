package org.socialworkr.account.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.socialworkr.account.AccountAdministration;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.TwoFactorRequiredException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountAdministrationService implements AccountAdministration {

    private static final int MAX_QUERY_LENGTH = 100;
    private static final Set<AccountRole> STAFF = EnumSet.of(AccountRole.ADMINISTRATOR, AccountRole.MODERATOR);

    private final AccountRepository accounts;
    private final AccountSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministrationService(
            AccountRepository accounts, AccountSnapshots snapshots, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> members(CurrentAccount actor, String query, Long beforeId, int limit) {
        requireOneOf(actor, STAFF);
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        return accounts.search(likePattern(query), beforeId, PageRequest.of(0, size)).stream()
                .map(Account::toSummary)
                .toList();
    }

    @Override
    @Transactional
    public void suspend(CurrentAccount actor, long accountId) {
        requireOneOf(actor, EnumSet.of(AccountRole.ADMINISTRATOR));
        if (accountId == actor.id()) {
            throw new InvalidRequestException("error.admin.cannotSuspendSelf");
        }
        Account account = find(accountId);
        // An administrator could simply lift it again; taking the role first makes the intent explicit.
        if (account.roles().contains(AccountRole.ADMINISTRATOR)) {
            throw new InvalidRequestException("error.admin.cannotSuspendAdministrator");
        }
        account.suspend(clock.instant());
        changed(SecurityEventType.ACCOUNT_SUSPENDED, actor, accountId, null);
    }

    @Override
    @Transactional
    public void unsuspend(CurrentAccount actor, long accountId) {
        requireOneOf(actor, EnumSet.of(AccountRole.ADMINISTRATOR));
        find(accountId).unsuspend();
        changed(SecurityEventType.ACCOUNT_UNSUSPENDED, actor, accountId, null);
    }

    @Override
    @Transactional
    public void grant(CurrentAccount actor, long accountId, AccountRole role) {
        requireOneOf(actor, EnumSet.of(AccountRole.ADMINISTRATOR));
        Account account = find(accountId);
        if (account.status() != AccountStatus.ACTIVE) {
            throw new InvalidRequestException("error.admin.grantToInactive");
        }
        if (account.roles().contains(role)) {
            throw new InvalidRequestException("error.admin.roleAlreadyGranted");
        }
        account.grant(role);
        changed(SecurityEventType.ROLE_GRANTED, actor, accountId, role.name());
    }

    @Override
    @Transactional
    public void revoke(CurrentAccount actor, long accountId, AccountRole role) {
        requireOneOf(actor, EnumSet.of(AccountRole.ADMINISTRATOR));
        if (accountId == actor.id() && role == AccountRole.ADMINISTRATOR) {
            throw new InvalidRequestException("error.admin.cannotRevokeOwnAdministrator");
        }
        Account account = find(accountId);
        if (!account.roles().contains(role)) {
            throw new InvalidRequestException("error.admin.roleNotGranted");
        }
        account.revoke(role);
        changed(SecurityEventType.ROLE_REVOKED, actor, accountId, role.name());
    }

    /**
     * Reads the actor from the database rather than trusting the session's snapshot, which other
     * nodes may hold for a few seconds after a role was revoked or two-factor login turned off.
     */
    private void requireOneOf(CurrentAccount actor, Set<AccountRole> roles) {
        if (actor == null) {
            throw new NotAllowedException("error.admin.staffOnly");
        }
        Account account = accounts.findById(actor.id())
                .filter(found -> found.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new NotAllowedException("error.admin.staffOnly"));
        if (account.roles().stream().noneMatch(roles::contains)) {
            throw new NotAllowedException(
                    roles.contains(AccountRole.MODERATOR) ? "error.admin.staffOnly" : "error.admin.administratorsOnly");
        }
        if (!account.twoFactorEnabled()) {
            throw new TwoFactorRequiredException();
        }
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
    }

    private void changed(SecurityEventType type, CurrentAccount actor, long accountId, String detail) {
        snapshots.forget(accountId);
        events.publishEvent(SecurityEvent.of(type, actor.id(), accountId, detail));
    }

    /** The repository matches lower-cased {@code %like%} patterns; a blank query lists everyone. */
    static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String trimmed = query.strip().toLowerCase(Locale.ROOT);
        if (trimmed.length() > MAX_QUERY_LENGTH) {
            trimmed = trimmed.substring(0, MAX_QUERY_LENGTH);
        }
        return "%" + trimmed + "%";
    }
}
