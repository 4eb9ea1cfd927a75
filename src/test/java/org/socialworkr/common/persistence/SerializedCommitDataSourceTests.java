package org.socialworkr.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
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
