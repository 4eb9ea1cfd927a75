package org.socialworkr.common.persistence;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Lets one commit at a time reach the embedded H2 database. Under concurrent commits, H2's
 * MVStore acknowledged writes that a {@code kill -9} right afterwards lost (2 of 106 in one crash
 * test run, with {@code WRITE_DELAY=0}); with commits taken one after another each commit writes
 * its own changes to the file before it returns. Commits on H2 take well under a millisecond, so
 * the queue is short; PostgreSQL is never wrapped.
 *
 * <p>Only a commit with changes to write waits for its turn: read-only transactions, and the
 * switch back to auto-commit right after a commit, have nothing to write and would otherwise
 * queue behind the writers (twice per transaction).
 */
final class SerializedCommitDataSource extends DelegatingDataSource {

    private static final Class<?> H2_CONNECTION = h2Class("org.h2.jdbc.JdbcConnection");

    /** {@code JdbcConnection.getSession().hasPendingTransaction()}: whether H2 has uncommitted changes. */
    private static final MethodHandle HAS_CHANGES = hasChanges();

    private final ReentrantLock commitLock = new ReentrantLock(true);

    SerializedCommitDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return serialized(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return serialized(super.getConnection(username, password));
    }

    private Connection serialized(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new CommitGate(connection));
    }

    private final class CommitGate implements InvocationHandler {

        private final Connection target;

        CommitGate(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (commits(method, arguments) && hasChanges()) {
                commitLock.lock();
                try {
                    return call(method, arguments);
                } finally {
                    commitLock.unlock();
                }
            }
            if (method.getName().equals("unwrap") && arguments[0] == Connection.class) {
                return proxy;
            }
            return call(method, arguments);
        }

        /** {@code commit()}, and switching auto-commit back on, which commits what is pending. */
        private boolean commits(Method method, Object[] arguments) throws SQLException {
            return method.getName().equals("commit")
                    || (method.getName().equals("setAutoCommit")
                            && Boolean.TRUE.equals(arguments[0])
                            && !target.getAutoCommit());
        }

        /** Errs on the side of the lock when the session cannot be asked. */
        private boolean hasChanges() {
            try {
                return (boolean) HAS_CHANGES.invokeExact((Object) target.unwrap(H2_CONNECTION));
            } catch (Throwable e) {
                return true;
            }
        }

        private Object call(Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static Class<?> h2Class(String name) {
        try {
            return Class.forName(name, false, SerializedCommitDataSource.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("H2 is not on the class path", e);
        }
    }

    /** H2 is a runtime dependency only, hence a method handle rather than a compiled call. */
    private static MethodHandle hasChanges() {
        Class<?> session = h2Class("org.h2.engine.Session");
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle getSession = lookup.findVirtual(H2_CONNECTION, "getSession", MethodType.methodType(session));
            MethodHandle pending =
                    lookup.findVirtual(session, "hasPendingTransaction", MethodType.methodType(boolean.class));
            return MethodHandles.filterReturnValue(getSession, pending)
                    .asType(MethodType.methodType(boolean.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This H2 version cannot tell whether a session has changes", e);
        }
    }
}
