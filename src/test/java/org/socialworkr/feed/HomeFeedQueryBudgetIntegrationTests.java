package org.socialworkr.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.Connections;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** A feed page costs the same few statements whether it shows one post or twenty from twenty authors. */
@IntegrationTest
@Import({TestPosts.class, StatementCounter.class})
class HomeFeedQueryBudgetIntegrationTests {

    /** The network (follows, connections, blocks, mutes) and the one timeline statement. */
    private static final int TIMELINE_STATEMENTS = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPosts posts;

    @Autowired
    Connections connections;

    @Autowired
    HomeFeed feed;

    @Test
    void theTimelineItselfStaysWithinItsBudget() throws Exception {
        TestAccount viewer = network(20);

        int statements = StatementCounter.count(() -> feed.countNewer(viewer.id(), 0));

        assertThat(statements).isLessThanOrEqualTo(TIMELINE_STATEMENTS);
    }

    @Test
    void aPageOfTwentyCardsCostsAsManyStatementsAsAPageOfOne() throws Exception {
        TestAccount quiet = network(1);
        TestAccount busy = network(20);
        feed.home(member(quiet), null, null, 20);

        int forOne = StatementCounter.count(() -> feed.home(member(quiet), null, null, 20));
        int forTwenty = StatementCounter.count(() -> feed.home(member(busy), null, null, 20));

        assertThat(feed.home(member(busy), null, null, 20).cards()).hasSize(20);
        assertThat(forTwenty).isEqualTo(forOne);
    }

    @Test
    void aFullHomePageCostsNoMoreStatementsThanAnAlmostEmptyOne() throws Exception {
        TestAccount quiet = network(1);
        TestAccount busy = network(20);
        MockHttpSession quietSession = accounts.login(mvc, quiet);
        MockHttpSession busySession = accounts.login(mvc, busy);
        warmUp(quietSession);
        warmUp(busySession);

        int forOne = StatementCounter.count(() -> warmUp(quietSession));
        int forTwenty = StatementCounter.count(() -> warmUp(busySession));

        assertThat(feed.home(member(busy), null, null, 20).cards()).hasSize(20);
        assertThat(forTwenty).isEqualTo(forOne);
    }

    /** A member following {@code authors} members who posted once each. */
    private TestAccount network(int authors) {
        TestAccount viewer = accounts.create("qviewer");
        for (int i = 0; i < authors; i++) {
            TestAccount author = accounts.create("qauthor");
            connections.follow(viewer.id(), author.id());
            posts.publish(author.id(), "PUBLIC", "Post by author " + i);
        }
        return viewer;
    }

    private static CurrentAccount member(TestAccount account) {
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(), false);
    }

    private void warmUp(MockHttpSession session) throws Exception {
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }
}
