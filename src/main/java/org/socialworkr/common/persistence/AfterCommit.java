package org.socialworkr.common.persistence;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, or at once outside of one. For
 * in-memory caches that must drop what a write changed: a plain {@code @EventListener} that calls
 * this costs nothing in the database, where a {@code @TransactionalEventListener} would also write
 * an event publication row per listener and event (Spring Modulith's registry).
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
