package org.socialworkr.account.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.CurrentAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state every request checks (roles, two-factor, suspension, session stamp), cached briefly
 * so that a page view costs no query. Changes on this node evict at once; on other nodes they
 * take effect within {@link #LIFETIME}.
 */
@Component
class AccountSnapshots {

    static final Duration LIFETIME = Duration.ofSeconds(10);

    record Snapshot(CurrentAccount account, AccountStatus status, String securityStamp) {}

    private final AccountRepository accounts;
    private final TransactionTemplate readOnly;
    private final Cache<Long, Optional<Snapshot>> cache = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumSize(100_000)
            .build();

    AccountSnapshots(AccountRepository accounts, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    Optional<Snapshot> get(long accountId) {
        return cache.get(accountId, this::load);
    }

    /** Evicts now and again after the current transaction commits, so no stale copy survives it. */
    void forget(long accountId) {
        cache.invalidate(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(accountId);
                }
            });
        }
    }

    private Optional<Snapshot> load(long accountId) {
        return readOnly.execute(status -> accounts.findById(accountId)
                .map(account -> new Snapshot(account.toCurrentAccount(), account.status(), account.securityStamp())));
    }
}
