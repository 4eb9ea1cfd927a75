package org.socialworkr.chat.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for chat messages. Every commit on the embedded database is taken one at a time
 * (see {@code SerializedCommitDataSource}), so one transaction per message capped the whole node
 * at a few hundred messages a second, with the senders queueing on the commit lock. Here one
 * thread stores the messages that arrived meanwhile in one transaction, and each caller returns
 * only once that transaction has committed: an acknowledged message is still on disk.
 *
 * <p>The one thread does nothing but write: a message's checks and reads run before, on its
 * sender's thread in a read-only transaction of their own (a refusal never reaches the queue),
 * because with them on the writer the whole node sent no faster than one core could check.
 * If a batch fails, each of its messages is retried in a transaction of its own, so one bad
 * message never costs the others theirs.
 */
@Component
class MessageWriter implements DisposableBean {

    /** Enough to absorb a burst; small enough that a batch commits in a few milliseconds. */
    private static final int MAX_BATCH = 64;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final Thread thread;

    MessageWriter(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.thread = new Thread(this::run, "chat-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Runs a message's checks and reads on the caller's thread, in a read-only transaction. */
    <T> T check(Supplier<T> reading) {
        return reads.execute(status -> reading.get());
    }

    /** Runs the work in a transaction shared with other messages and waits for its commit. */
    <T> T write(Supplier<T> work) {
        Pending pending = new Pending(work);
        queue.add(pending);
        try {
            @SuppressWarnings("unchecked")
            T result = (T) pending.result.get();
            return result;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the message was being stored", e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            if (batch.size() == 1) {
                alone(batch.get(0));
            } else {
                together(batch);
            }
            batch.clear();
        }
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.result.completeExceptionally(new IllegalStateException("The chat is shutting down"));
        }
    }

    private void together(List<Pending> batch) {
        Map<Pending, Object> outcomes = new IdentityHashMap<>();
        try {
            transactions.executeWithoutResult(status -> {
                for (Pending pending : batch) {
                    outcomes.put(pending, pending.work.get());
                }
            });
        } catch (RuntimeException e) {
            batch.forEach(this::alone);
            return;
        }
        outcomes.forEach((pending, outcome) -> pending.result.complete(outcome));
    }

    private void alone(Pending pending) {
        try {
            pending.result.complete(transactions.execute(status -> pending.work.get()));
        } catch (RuntimeException e) {
            pending.result.completeExceptionally(e);
        }
    }

    @Override
    public void destroy() {
        thread.interrupt();
    }

    private static final class Pending {

        private final Supplier<?> work;
        private final CompletableFuture<Object> result = new CompletableFuture<>();

        Pending(Supplier<?> work) {
            this.work = work;
        }
    }
}
