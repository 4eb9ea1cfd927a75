package org.socialworkr.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.Connections;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A feed page costs the same three statements whether it shows one post or twenty from twenty
 * authors: the page of ids, the posts with their authors, and their details. The member's network
 * costs five more (follows, connections, blocks, mutes, groups) when it is not in memory. Once the
 * page and its cards are in memory, the next page costs one: the viewer's own reactions, bookmarks
 * and reposts.
 */
@IntegrationTest
@Import({TestPosts.class, StatementCounter.class})
class HomeFeedQueryBudgetIntegrationTests {

    /** DESIGN.md's budget for a feed page. */
    private static final int PAGE_STATEMENTS = 3;

    private static final int WARM_PAGE_STATEMENTS = 1;

    private static final int NETWORK_STATEMENTS = 5;

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

    @Autowired
    Posts publisher;

    @Test
    void theNewPostsCountIsOneStatementOnceTheNetworkIsKnown() throws Exception {
        TestAccount viewer = network(20);

        int first = StatementCounter.count(() -> feed.countNewer(viewer.id(), 0));
        int next = StatementCounter.count(() -> feed.countNewer(viewer.id(), 0));

        assertThat(first).isEqualTo(NETWORK_STATEMENTS + 1);
        assertThat(next).isEqualTo(1);
    }

    @Test
    void aPageOfTwentyCardsCostsAsManyStatementsAsAPageOfOne() throws Exception {
        TestAccount quiet = network(1);
        TestAccount busy = network(20);

        int firstForOne = StatementCounter.count(() -> feed.home(member(quiet), null, null, 20));
        int forOne = StatementCounter.count(() -> feed.home(member(quiet), null, null, 20));
        int forTwenty = StatementCounter.count(() -> feed.home(member(busy), null, null, 20));
        int againForTwenty = StatementCounter.count(() -> feed.home(member(busy), null, null, 20));

        assertThat(feed.home(member(busy), null, null, 20).cards()).hasSize(20);
        assertThat(firstForOne).isEqualTo(NETWORK_STATEMENTS + PAGE_STATEMENTS);
        assertThat(forOne).isEqualTo(WARM_PAGE_STATEMENTS);
        assertThat(forTwenty).isEqualTo(NETWORK_STATEMENTS + PAGE_STATEMENTS);
        assertThat(againForTwenty).isEqualTo(WARM_PAGE_STATEMENTS);
    }

    /** A new post reads the page of ids again, and only the new card: the others stay in memory. */
    @Test
    void aNewPostCostsTheIdsAndItsOwnCardOnly() throws Exception {
        TestAccount viewer = accounts.create("qviewer");
        TestAccount author = accounts.create("qauthor");
        connections.follow(viewer.id(), author.id());
        for (int i = 0; i < 20; i++) {
            publisher.publish(
                    author.id(),
                    new PostDraft("Post " + i, null, PostVisibility.PUBLIC, null, List.of(), List.of(), false));
        }
        feed.home(member(viewer), null, null, 20);
        long newest = publisher.publish(
                author.id(),
                new PostDraft("The newest", null, PostVisibility.PUBLIC, null, List.of(), List.of(), false));

        int afterPost = StatementCounter.count(() -> assertThat(
                        feed.home(member(viewer), null, null, 20).cards().get(0).id())
                .isEqualTo(newest));

        assertThat(afterPost).isEqualTo(PAGE_STATEMENTS);
        assertThat(StatementCounter.count(() -> feed.home(member(viewer), null, null, 20)))
                .isEqualTo(WARM_PAGE_STATEMENTS);
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
