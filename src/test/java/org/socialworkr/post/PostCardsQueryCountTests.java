package org.socialworkr.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** Cards for a page cost the same number of SQL statements whether the page holds 1 post or 20. */
@IntegrationTest
@Import(PostCardsQueryCountTests.StatementCounting.class)
class PostCardsQueryCountTests {

    @Autowired
    Posts posts;

    @Autowired
    PostCards cards;

    @Autowired
    TestAccounts accounts;

    @Test
    void aPageOfTwentyNeedsNoMoreStatementsThanAPageOfOne() {
        TestAccount author = accounts.create("qauthor");
        TestAccount reader = accounts.create("qreader");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long id = posts.publish(
                    author.id(),
                    new PostDraft(
                            "Post " + i + " #batch" + i,
                            null,
                            i % 2 == 0 ? PostVisibility.PUBLIC : PostVisibility.DIRECT,
                            null,
                            i % 2 == 0 ? null : List.of(reader.username()),
                            null,
                            false));
            posts.react(reader.id(), id, ReactionKind.LIKE);
            posts.bookmark(reader.id(), id);
            ids.add(id);
        }
        posts.repost(reader.id(), ids.get(0));
        CurrentAccount viewer = PostIntegrationTests.viewer(reader);

        long one =
                count(() -> assertThat(cards.cards(ids.subList(0, 1), viewer)).hasSize(1));
        long twenty = count(() -> assertThat(cards.cards(ids, viewer)).hasSize(20));

        assertThat(twenty).isEqualTo(one);
        // The viewer's scope (connections, blocks), the posts with their authors, and every detail.
        assertThat(twenty).isLessThanOrEqualTo(4);
    }

    private static long count(Runnable action) {
        StatementCounting.COUNT.set(0L);
        action.run();
        return StatementCounting.COUNT.get();
    }

    /** Wraps the data source so that statements prepared on the test's own thread are counted. */
    @TestConfiguration
    static class StatementCounting {

        static final ThreadLocal<Long> COUNT = ThreadLocal.withInitial(() -> 0L);

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                        return new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws java.sql.SQLException {
                                return counting(super.getConnection());
                            }
                        };
                    }
                    return bean;
                }
            };
        }

        static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare")
                                || method.getName().equals("createStatement")) {
                            COUNT.set(COUNT.get() + 1);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
