package org.socialworkr.api.mastodon;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.Connections;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostLists;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The accounts inside statuses carry their real counts, as on a profile, and the network counts
 * only where the member's setting lets the viewer see them.
 */
@IntegrationTest
class MastodonEmbeddedAccountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Posts posts;

    @MockitoSpyBean
    Connections connections;

    @MockitoSpyBean
    PostLists postLists;

    @Test
    void accountsInStatusesCarryTheirCountsInTimelinesAndSingleStatuses() throws Exception {
        TestAccount author = accounts.create("ecauthor");
        TestAccount viewer = accounts.create("ecviewer");
        TestAccount other = accounts.create("ecother");
        posts.publish(author.id(), draft("First"));
        long second = posts.publish(author.id(), draft("Second"));
        connections.follow(viewer.id(), author.id());
        connections.follow(other.id(), author.id());
        connections.follow(author.id(), other.id());
        MockHttpSession session = accounts.login(mvc, viewer);

        mvc.perform(get("/api/v1/statuses/" + second).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.statuses_count").value(2))
                .andExpect(jsonPath("$.account.followers_count").value(2))
                .andExpect(jsonPath("$.account.following_count").value(1));
        mvc.perform(get("/api/v1/timelines/home").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(Long.toString(second)))
                .andExpect(jsonPath("$[0].account.statuses_count").value(2))
                .andExpect(jsonPath("$[0].account.followers_count").value(2))
                .andExpect(jsonPath("$[1].account.following_count").value(1));
    }

    @Test
    void aHiddenNetworkShowsZeroToOthersButNotToItsOwner() throws Exception {
        TestAccount author = accounts.create("echidden");
        TestAccount viewer = accounts.create("echviewer");
        long post = posts.publish(author.id(), draft("Quiet about my network"));
        connections.follow(viewer.id(), author.id());
        connections.changeNetworkVisibility(author.id(), FieldVisibility.ONLY_ME);

        mvc.perform(get("/api/v1/statuses/" + post).session(accounts.login(mvc, viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.statuses_count").value(1))
                .andExpect(jsonPath("$.account.followers_count").value(0));
        mvc.perform(get("/api/v1/statuses/" + post).session(accounts.login(mvc, author)))
                .andExpect(jsonPath("$.account.followers_count").value(1));
        mvc.perform(get("/api/v1/statuses/" + post))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.statuses_count").value(1))
                .andExpect(jsonPath("$.account.followers_count").value(0));
    }

    @Test
    void countsKeptInMemoryFollowEveryPostAndRelationshipChange() throws Exception {
        TestAccount author = accounts.create("eccache");
        TestAccount viewer = accounts.create("eccviewer");
        long first = posts.publish(author.id(), draft("Counted once"));
        MockHttpSession session = accounts.login(mvc, viewer);
        String status = "/api/v1/statuses/" + first;
        mvc.perform(get(status).session(session))
                .andExpect(jsonPath("$.account.statuses_count").value(1))
                .andExpect(jsonPath("$.account.followers_count").value(0));

        connections.follow(viewer.id(), author.id());
        long second = posts.publish(author.id(), draft("Counted twice"));
        mvc.perform(get(status).session(session))
                .andExpect(jsonPath("$.account.statuses_count").value(2))
                .andExpect(jsonPath("$.account.followers_count").value(1));

        posts.delete(new CurrentAccount(author.id(), author.username(), author.displayName(), Set.of(), false), second);
        connections.unfollow(viewer.id(), author.id());
        mvc.perform(get(status).session(session))
                .andExpect(jsonPath("$.account.statuses_count").value(1))
                .andExpect(jsonPath("$.account.followers_count").value(0));
    }

    @Test
    void aPageOfStatusesByManyAuthorsCountsForAllOfThemAtOnce() throws Exception {
        String tag = "batched" + System.nanoTime();
        for (int author = 0; author < 5; author++) {
            posts.publish(accounts.create("ecbatch").id(), draft("Counted #" + tag));
        }
        MockHttpSession session = accounts.login(mvc, accounts.create("ecbviewer"));
        clearInvocations(connections, postLists);

        mvc.perform(get("/api/v1/timelines/tag/" + tag).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].account.statuses_count", everyItem(is(1))));

        verify(connections, times(1)).visibleCounts(any(), anyCollection());
        verify(connections, never()).counts(anyLong());
        verify(postLists, times(1)).countByAuthors(anyCollection());
        verify(postLists, never()).countByAuthor(anyLong());
    }

    private static PostDraft draft(String text) {
        return new PostDraft(text, null, PostVisibility.PUBLIC, null, null, null, false);
    }
}
