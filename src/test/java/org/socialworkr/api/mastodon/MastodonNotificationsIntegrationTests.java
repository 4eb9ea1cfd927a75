package org.socialworkr.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Mastodon notifications: shapes, type mapping and filters, paging, show, dismiss and clear. */
@IntegrationTest
class MastodonNotificationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    Posts posts;

    @Test
    void theApiListsNotificationsLikeMastodonAndDismissesThem() throws Exception {
        TestAccount member = accounts.create("napi");
        TestAccount requester = accounts.create("napireq");
        TestAccount follower = accounts.create("napifol");
        notifications.notify(member.id(), NotificationType.CONNECTION_REQUESTED, requester.id(), 4717L);
        notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, follower.id(), null);
        List<NotificationView> stored = listOf(member);
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(get("/api/v1/notifications").param("limit", "1").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(Long.toString(stored.get(0).id())))
                .andExpect(jsonPath("$[0].type").value("follow"))
                .andExpect(jsonPath("$[0].created_at").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
                .andExpect(jsonPath("$[0].status").doesNotExist())
                .andExpect(jsonPath("$[0].account.id").value(Long.toString(follower.id())))
                .andExpect(jsonPath("$[0].account.username").value(follower.username()))
                .andExpect(jsonPath("$[0].account.display_name").value(follower.displayName()))
                .andExpect(jsonPath("$[0].account.avatar").isString())
                .andExpect(header().string(
                                "Link", containsString("max_id=" + stored.get(0).id())))
                .andExpect(header().string(
                                "Link", containsString("min_id=" + stored.get(0).id())));
        mvc.perform(get("/api/v1/notifications")
                        .param("max_id", Long.toString(stored.get(0).id()))
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].type").value("follow_request"))
                .andExpect(jsonPath("$[0].account.username").value(requester.username()));
        mvc.perform(get("/api/v1/notifications/" + stored.get(1).id()).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("follow_request"));

        mvc.perform(post("/api/v1/notifications/{id}/dismiss", stored.get(0).id())
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(listOf(member))
                .extracting(NotificationView::id)
                .containsExactly(stored.get(1).id());
        mvc.perform(post("/api/v1/notifications/clear").session(session).with(csrf()))
                .andExpect(status().isOk());
        assertThat(listOf(member)).isEmpty();
    }

    @Test
    void typesAndExcludeTypesFilterAndMentionsCarryTheirStatus() throws Exception {
        TestAccount member = accounts.create("ntypes");
        TestAccount writer = accounts.create("ntwriter");
        TestAccount follower = accounts.create("ntfollower");
        long post = posts.publish(
                writer.id(), new PostDraft("Hello colleague", null, PostVisibility.PUBLIC, null, null, null, false));
        notifications.notify(member.id(), NotificationType.MENTION, writer.id(), post);
        notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, follower.id(), null);
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(get("/api/v1/notifications").param("types[]", "mention").session(session))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].type").value("mention"))
                .andExpect(jsonPath("$[0].status.id").value(Long.toString(post)))
                .andExpect(jsonPath("$[0].status.content", containsString("Hello colleague")));
        mvc.perform(get("/api/v1/notifications")
                        .param("exclude_types[]", "mention")
                        .session(session))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].type").value("follow"));
        mvc.perform(get("/api/v1/notifications").param("types[]", "favourite").session(session))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anotherMembersNotificationIsNotFoundAndVisitorsAreUnauthorized() throws Exception {
        TestAccount owner = accounts.create("nown");
        TestAccount actor = accounts.create("nact");
        notifications.notify(owner.id(), NotificationType.NEW_FOLLOWER, actor.id(), null);
        long id = listOf(owner).get(0).id();
        MockHttpSession intruder = accounts.login(mvc, accounts.create("nintr"));

        mvc.perform(get("/api/v1/notifications/" + id).session(intruder)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/" + id + "/dismiss")
                        .session(intruder)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
        assertThat(listOf(owner)).hasSize(1);
    }

    @Test
    void unreadCountAndPreferencesAreSocialWorkrsAdditions() throws Exception {
        TestAccount member = accounts.create("nprefapi");
        TestAccount actor = accounts.create("nprefact");
        notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, actor.id(), null);
        MockHttpSession session = accounts.login(mvc, member);
        mvc.perform(get("/api/v1/notifications/unread_count").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1));
        notifications.updatePreferences(
                member.id(), Map.of(NotificationType.CONNECTION_ACCEPTED, false, NotificationType.NEW_FOLLOWER, false));

        mvc.perform(put("/api/v1/notifications/preferences")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"follow\": true}")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.follow").value(true))
                .andExpect(jsonPath("$.connection_request").value(true))
                .andExpect(jsonPath("$.connection_accepted").value(false));
        mvc.perform(put("/api/v1/notifications/preferences")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"poll\": true}")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("There is no notification type poll."));
        mvc.perform(get("/api/v1/notifications/preferences").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.follow").value(true));
        mvc.perform(get("/api/v1/notifications/preferences")).andExpect(status().isUnauthorized());
    }

    @Test
    void favouritesAndReblogsNotifyTheAuthorWithTheStatus() throws Exception {
        TestAccount author = accounts.create("nfavauthor");
        TestAccount fan = accounts.create("nfavfan");
        long post = posts.publish(
                author.id(), new PostDraft("Worth a like", null, PostVisibility.PUBLIC, null, null, null, false));
        MockHttpSession fanSession = accounts.login(mvc, fan);
        mvc.perform(post("/api/v1/statuses/" + post + "/favourite")
                        .session(fanSession)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/statuses/" + post + "/reblog")
                        .session(fanSession)
                        .with(csrf()))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> listOf(author).size() == 2);

        MockHttpSession session = accounts.login(mvc, author);
        mvc.perform(get("/api/v1/notifications").session(session))
                .andExpect(jsonPath("$.length()").value(2))
                // Both are created after commit by asynchronous listeners, in either order.
                .andExpect(jsonPath("$[*].type", containsInAnyOrder("reblog", "favourite")))
                .andExpect(jsonPath("$[*].status.id", everyItem(equalTo(Long.toString(post)))))
                .andExpect(jsonPath("$[*].account.id", everyItem(equalTo(Long.toString(fan.id())))));
        mvc.perform(get("/api/v1/notifications").param("types[]", "favourite").session(session))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void anEditOfARebloggedStatusIsAnUpdateWithTheEditedStatus() throws Exception {
        TestAccount author = accounts.create("nupdauthor");
        TestAccount fan = accounts.create("nupdfan");
        long post = posts.publish(
                author.id(), new PostDraft("Version one", null, PostVisibility.PUBLIC, null, null, null, false));
        MockHttpSession fanSession = accounts.login(mvc, fan);
        mvc.perform(post("/api/v1/statuses/" + post + "/reblog")
                        .session(fanSession)
                        .with(csrf()))
                .andExpect(status().isOk());

        posts.edit(author.id(), post, "Version two", null, false);
        await().atMost(Duration.ofSeconds(10)).until(() -> listOf(fan).size() == 1);

        mvc.perform(get("/api/v1/notifications").param("types[]", "update").session(fanSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].type").value("update"))
                .andExpect(jsonPath("$[0].account.id").value(Long.toString(author.id())))
                .andExpect(jsonPath("$[0].status.id").value(Long.toString(post)))
                .andExpect(jsonPath("$[0].status.content", containsString("Version two")));
        mvc.perform(get("/api/v1/notifications")
                        .param("exclude_types[]", "update")
                        .session(fanSession))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/notifications").param("types[]", "mention").session(fanSession))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/notifications/preferences").session(fanSession))
                .andExpect(jsonPath("$.update").value(true));
    }

    private List<NotificationView> listOf(TestAccount member) {
        return notifications.list(member.id(), null, Notifications.MAX_PAGE_SIZE);
    }
}
