package org.socialworkr.feed;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends while counting is on, by wrapping the
 * application's data source; MockMvc serves a request on the test's thread.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");
    private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

    /** Runs the action and returns how many statements it prepared. */
    static int count(ThrowingRunnable action) throws Exception {
        AtomicInteger count = new AtomicInteger();
        COUNT.set(count);
        try {
            action.run();
        } finally {
            COUNT.remove();
        }
        return count.get();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
            }
        };
    }

    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    AtomicInteger count = COUNT.get();
                    if (count != null && STATEMENT_METHODS.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
