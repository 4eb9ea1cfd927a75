package org.socialworkr.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mockito.stubbing.Answer;

class SerializedCommitDataSourceTests {

    private final AtomicInteger committing = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @Test
    void commitsFromManyConnectionsNeverOverlap() throws Exception {
        DataSource target = mock(DataSource.class);
        when(target.getConnection()).thenAnswer(invocation -> slowlyCommittingConnection());
        SerializedCommitDataSource dataSource = new SerializedCommitDataSource(target);

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> commits = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            commits.add(threads.submit(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    connection.commit();
                }
                return null;
            }));
        }
        for (Future<?> commit : commits) {
            commit.get();
        }
        threads.shutdown();

        assertThat(mostAtOnce).hasValue(1);
    }

    /**
     * A commit with nothing to write (a read-only transaction) passes while another holds the
     * lock; one with changes waits for its turn.
     */
    @Test
    void onlyCommitsWithChangesWaitForTheirTurn() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:serialized-commits;DB_CLOSE_DELAY=-1");
        try (Connection setup = h2.getConnection()) {
            setup.createStatement().execute("create table if not exists notes (id int)");
        }
        CountDownLatch release = new CountDownLatch(1);
        Connection holding = mock(Connection.class);
        doAnswer(invocation -> release.await(10, TimeUnit.SECONDS))
                .when(holding)
                .commit();
        DataSource target = mock(DataSource.class);
        when(target.getConnection()).thenReturn(holding, h2.getConnection(), h2.getConnection());
        SerializedCommitDataSource dataSource = new SerializedCommitDataSource(target);
        Connection holder = dataSource.getConnection();
        Connection reader = dataSource.getConnection();
        Connection writer = dataSource.getConnection();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> held = threads.submit(() -> {
                holder.commit();
                return null;
            });
            Thread.sleep(100);
            reader.setAutoCommit(false);
            reader.createStatement().executeQuery("select count(*) from notes").close();
            threads.submit(() -> {
                        reader.commit();
                        return null;
                    })
                    .get(5, TimeUnit.SECONDS);

            writer.setAutoCommit(false);
            writer.createStatement().execute("insert into notes values (1)");
            Future<?> written = threads.submit(() -> {
                writer.commit();
                return null;
            });
            Thread.sleep(200);
            assertThat(written).isNotDone();
            release.countDown();
            held.get(5, TimeUnit.SECONDS);
            written.get(5, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
            reader.close();
            writer.close();
        }
    }

    @Test
    void otherCallsPassThrough() throws Exception {
        DataSource target = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        when(target.getConnection()).thenReturn(connection);
        when(connection.isReadOnly()).thenReturn(true);

        assertThat(new SerializedCommitDataSource(target).getConnection().isReadOnly())
                .isTrue();
    }

    private Connection slowlyCommittingConnection() throws Exception {
        Connection connection = mock(Connection.class);
        Answer<Void> slowCommit = invocation -> {
            mostAtOnce.accumulateAndGet(committing.incrementAndGet(), Math::max);
            Thread.sleep(2);
            committing.decrementAndGet();
            return null;
        };
        doAnswer(slowCommit).when(connection).commit();
        doAnswer(invocation -> null).when(connection).setAutoCommit(anyBoolean());
        return connection;
    }
}
