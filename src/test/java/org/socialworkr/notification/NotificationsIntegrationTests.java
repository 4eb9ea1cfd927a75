package org.socialworkr.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialworkr.connection.ConnectionAccepted;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.ConnectionRequested;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.FollowStarted;
import org.socialworkr.connection.MemberBlocked;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.post.ReactionKind;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Members hear of what others do to them, only what they want to hear of, and only about themselves. */
@IntegrationTest
class NotificationsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    Connections connections;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Posts posts;

    @Test
    void aConnectionRequestNotifiesTheAddressee() {
        TestAccount requester = accounts.create("nreq");
        TestAccount addressee = accounts.create("naddr");

        publish(new ConnectionRequested(4711, requester.id(), addressee.id()));

        NotificationView notification = awaitOne(addressee);
        assertThat(notification.type()).isEqualTo(NotificationType.CONNECTION_REQUESTED);
        assertThat(notification.actorId()).isEqualTo(requester.id());
        assertThat(notification.actorUsername()).isEqualTo(requester.username());
        assertThat(notification.subjectId()).isEqualTo(4711L);
        assertThat(notification.link()).isEqualTo("/connections");
        assertThat(notification.read()).isFalse();
        assertThat(listOf(requester)).isEmpty();
    }

    @Test
    void anAcceptedRequestNotifiesTheRequester() {
        TestAccount requester = accounts.create("nacreq");
        TestAccount addressee = accounts.create("nacaddr");

        publish(new ConnectionAccepted(4712, requester.id(), addressee.id()));

        NotificationView notification = awaitOne(requester);
        assertThat(notification.type()).isEqualTo(NotificationType.CONNECTION_ACCEPTED);
        assertThat(notification.actorId()).isEqualTo(addressee.id());
        assertThat(listOf(addressee)).isEmpty();
    }

    @Test
    void aNewFollowerNotifiesTheFollowee() {
        TestAccount follower = accounts.create("nfollower");
        TestAccount followee = accounts.create("nfollowee");

        publish(new FollowStarted(follower.id(), followee.id()));

        NotificationView notification = awaitOne(followee);
        assertThat(notification.type()).isEqualTo(NotificationType.NEW_FOLLOWER);
        assertThat(notification.actorId()).isEqualTo(follower.id());
        assertThat(notification.subjectId()).isNull();
        assertThat(listOf(follower)).isEmpty();
    }

    @Test
    void theSameUnreadNotificationIsNotRepeated() {
        TestAccount follower = accounts.create("nrepeat");
        TestAccount followee = accounts.create("nrepeated");

        assertThat(notifications.notify(followee.id(), NotificationType.NEW_FOLLOWER, follower.id(), null))
                .isTrue();
        assertThat(notifications.notify(followee.id(), NotificationType.NEW_FOLLOWER, follower.id(), null))
                .isFalse();

        notifications.markAllRead(followee.id());
        assertThat(notifications.notify(followee.id(), NotificationType.NEW_FOLLOWER, follower.id(), null))
                .isTrue();
        assertThat(listOf(followee)).hasSize(2);
    }

    @Test
    void aTypeSwitchedOffIsNotRecorded() {
        TestAccount follower = accounts.create("noffer");
        TestAccount followee = accounts.create("noffee");
        notifications.updatePreferences(followee.id(), Map.of(NotificationType.NEW_FOLLOWER, false));

        publish(new FollowStarted(follower.id(), followee.id()));
        publish(new ConnectionRequested(4713, follower.id(), followee.id()));

        // The request is still told, and by then the follow was handled too.
        awaitOne(followee);
        awaitListenersDone();
        assertThat(listOf(followee))
                .extracting(NotificationView::type)
                .containsExactly(NotificationType.CONNECTION_REQUESTED);
        assertThat(notifications.preferences(followee.id()))
                .containsEntry(NotificationType.NEW_FOLLOWER, false)
                .containsEntry(NotificationType.CONNECTION_REQUESTED, true)
                .containsEntry(NotificationType.CONNECTION_ACCEPTED, true);
    }

    @Test
    void nobodyIsNotifiedOfTheirOwnDoing() {
        TestAccount member = accounts.create("nself");

        assertThat(notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, member.id(), null))
                .isFalse();
        publish(new FollowStarted(member.id(), member.id()));

        awaitListenersDone();
        assertThat(listOf(member)).isEmpty();
    }

    @Test
    void aBlockRemovesTheNotificationsBetweenTheTwo() {
        TestAccount blocker = accounts.create("nblocker");
        TestAccount blocked = accounts.create("nblocked");
        TestAccount bystander = accounts.create("nbystand");
        notifications.notify(blocker.id(), NotificationType.NEW_FOLLOWER, blocked.id(), null);
        notifications.notify(blocked.id(), NotificationType.CONNECTION_ACCEPTED, blocker.id(), 4714L);
        notifications.notify(blocker.id(), NotificationType.NEW_FOLLOWER, bystander.id(), null);

        publish(new MemberBlocked(blocker.id(), blocked.id()));

        await().atMost(WAIT).until(() -> listOf(blocked).isEmpty());
        assertThat(listOf(blocker)).extracting(NotificationView::actorId).containsExactly(bystander.id());
    }

    @Test
    void connectingThroughTheConnectionsModuleNotifiesEachStepOnce() {
        TestAccount requester = accounts.create("ne2ereq");
        TestAccount addressee = accounts.create("ne2eaddr");
        TestAccount follower = accounts.create("ne2efol");

        ConnectionRequestView request =
                connections.requestConnection(requester.id(), addressee.id(), "Hello from Boston");
        NotificationView asked = awaitOne(addressee);
        assertThat(asked.type()).isEqualTo(NotificationType.CONNECTION_REQUESTED);
        assertThat(asked.subjectId()).isEqualTo(request.id());

        connections.accept(addressee.id(), request.id());
        NotificationView accepted = awaitOne(requester);
        assertThat(accepted.type()).isEqualTo(NotificationType.CONNECTION_ACCEPTED);
        assertThat(accepted.actorId()).isEqualTo(addressee.id());

        // Accepting made each follow the other; a follow within a connection is not news.
        awaitListenersDone();
        assertThat(listOf(requester))
                .extracting(NotificationView::type)
                .containsExactly(NotificationType.CONNECTION_ACCEPTED);
        assertThat(listOf(addressee))
                .extracting(NotificationView::type)
                .containsExactly(NotificationType.CONNECTION_REQUESTED);

        connections.follow(follower.id(), addressee.id());
        await().atMost(WAIT).until(() -> listOf(addressee).size() == 2);
        assertThat(listOf(addressee).get(0).type()).isEqualTo(NotificationType.NEW_FOLLOWER);

        connections.block(addressee.id(), follower.id());
        await().atMost(WAIT).until(() -> listOf(addressee).size() == 1);
        assertThat(listOf(addressee).get(0).actorId()).isEqualTo(requester.id());
    }

    @Test
    void theUnreadCountIsInTheNavigationOfEveryPageAndInTheBadgeFragment() throws Exception {
        TestAccount member = accounts.create("nbadge");
        TestAccount other = accounts.create("nbadgeother");
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/notifications\"")))
                .andExpect(content().string(containsString("aria-live=\"polite\"")))
                .andExpect(content().string(containsString("hx-get=\"/notifications/badge?shown=0\"")))
                .andExpect(content().string(not(containsString("unread notification"))));

        notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, other.id(), null);
        notifications.notify(member.id(), NotificationType.CONNECTION_REQUESTED, other.id(), 4715L);

        mvc.perform(get("/settings").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 unread notifications")))
                .andExpect(content().string(containsString("hx-get=\"/notifications/badge?shown=2\"")));
        mvc.perform(get("/notifications/badge").param("shown", "2").session(session))
                .andExpect(status().isNoContent());
        mvc.perform(get("/notifications/badge").param("shown", "0").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 unread notifications")))
                .andExpect(content().string(containsString("hx-get=\"/notifications/badge?shown=2\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(notifications.unreadCount(member.id())).isEqualTo(2);

        notifications.markAllRead(member.id());
        mvc.perform(get("/notifications/badge").param("shown", "2").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/notifications/badge?shown=0\"")))
                .andExpect(content().string(not(containsString("unread notification"))));
    }

    @Test
    void aVisitorsBadgeStopsPolling() throws Exception {
        mvc.perform(get("/notifications/badge").param("shown", "3")).andExpect(status().is(286));
    }

    @Test
    void theListShowsWhoDidWhatWithLinksAndPagesOlderOnes() throws Exception {
        TestAccount member = accounts.create("nlist");
        TestAccount requester = accounts.create("nlistreq");
        TestAccount follower = accounts.create("nlistfol");
        for (long request = 1; request <= 21; request++) {
            notifications.notify(member.id(), NotificationType.CONNECTION_REQUESTED, requester.id(), request);
        }
        notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, follower.id(), null);
        long oldestOnFirstPage = listOf(member).get(19).id();
        MockHttpSession session = accounts.login(mvc, member);

        String firstPage = mvc.perform(get("/notifications").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(firstPage)
                .contains("<h1>Notifications</h1>")
                .contains("started following you.", "asked to connect with you.")
                .contains("href=\"/@" + follower.username() + "\"", follower.displayName())
                .contains("href=\"/@" + requester.username() + "\"")
                .contains("href=\"/connections\"", "Answer the request")
                .contains(">Unread<", "Mark all as read", "href=\"/notifications/preferences\"")
                .contains("href=\"/notifications?before=" + oldestOnFirstPage + "\"");
        assertThat(countOf(firstPage, "class=\"notification is-unread\"")).isEqualTo(20);

        String olderPage = mvc.perform(get("/notifications")
                        .param("before", Long.toString(oldestOnFirstPage))
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(countOf(olderPage, "class=\"notification is-unread\"")).isEqualTo(2);
        assertThat(olderPage).contains(">Newest<").doesNotContain("rel=\"next\"");
    }

    @Test
    void anEditNotifiesWhoRepostedOrLikedThePostUnlessTheyMutedTheAuthorOrSwitchedItOff() throws Exception {
        TestAccount author = accounts.create("nedauthor");
        TestAccount reposter = accounts.create("nedrepost");
        TestAccount liker = accounts.create("nedliker");
        TestAccount muter = accounts.create("nedmuter");
        TestAccount uninterested = accounts.create("nedoff");
        TestAccount insightful = accounts.create("nedinsight");
        long post = posts.publish(
                author.id(), new PostDraft("First version", null, PostVisibility.PUBLIC, null, null, null, false));
        posts.repost(reposter.id(), post);
        posts.react(liker.id(), post, ReactionKind.LIKE);
        posts.react(muter.id(), post, ReactionKind.LIKE);
        connections.mute(muter.id(), author.id());
        posts.repost(uninterested.id(), post);
        notifications.updatePreferences(uninterested.id(), Map.of(NotificationType.UPDATE, false));
        posts.react(insightful.id(), post, ReactionKind.INSIGHTFUL);
        awaitListenersDone();

        posts.edit(author.id(), post, "Second version", null, false);

        for (TestAccount told : List.of(reposter, liker)) {
            NotificationView update = awaitOne(told);
            assertThat(update.type()).isEqualTo(NotificationType.UPDATE);
            assertThat(update.actorId()).isEqualTo(author.id());
            assertThat(update.subjectId()).isEqualTo(post);
        }
        awaitListenersDone();
        assertThat(listOf(muter)).isEmpty();
        assertThat(listOf(uninterested)).isEmpty();
        assertThat(listOf(insightful)).isEmpty();
        assertThat(listOf(author)).extracting(NotificationView::type).doesNotContain(NotificationType.UPDATE);

        MockHttpSession session = accounts.login(mvc, reposter);
        mvc.perform(get("/notifications").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("edited a post you reposted or liked.")))
                .andExpect(content().string(containsString("href=\"/posts/" + post + "\"")));
        mvc.perform(get("/notifications/preferences").session(session))
                .andExpect(content().string(containsString("a post I reposted or liked is edited")))
                .andExpect(content().string(containsString("value=\"UPDATE\" checked")));
    }

    @Test
    void aMemberMarksOneOrAllAsRead() throws Exception {
        TestAccount member = accounts.create("nmark");
        TestAccount other = accounts.create("nmarkother");
        notifications.notify(member.id(), NotificationType.NEW_FOLLOWER, other.id(), null);
        notifications.notify(member.id(), NotificationType.CONNECTION_REQUESTED, other.id(), 4716L);
        long newest = listOf(member).get(0).id();
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(post("/notifications/{id}/read", newest).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(member.id())).isEqualTo(1);
        assertThat(listOf(member).get(0).read()).isTrue();
        // Marking again is harmless.
        mvc.perform(post("/notifications/{id}/read", newest).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/notifications/read-all").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(member.id())).isZero();
        mvc.perform(get("/notifications").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">Unread<"))))
                .andExpect(content().string(not(containsString("Mark all as read"))))
                .andExpect(content().string(containsString("class=\"notification is-read\"")));
    }

    @Test
    void aMemberCannotReadOrDismissAnothersNotification() throws Exception {
        TestAccount owner = accounts.create("nowner");
        TestAccount actor = accounts.create("nactor");
        TestAccount intruder = accounts.create("nintruder");
        notifications.notify(owner.id(), NotificationType.NEW_FOLLOWER, actor.id(), null);
        long id = listOf(owner).get(0).id();
        MockHttpSession session = accounts.login(mvc, intruder);

        mvc.perform(post("/notifications/{id}/read", id).session(session).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(listOf(owner)).singleElement().satisfies(notification -> assertThat(notification.read())
                .isFalse());
    }

    @Test
    void visitorsAreSentToLogIn() throws Exception {
        for (String path : List.of("/notifications", "/notifications/preferences")) {
            mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void preferencesAreChosenOnTheirPageAndThroughTheApi() throws Exception {
        TestAccount member = accounts.create("nprefs");
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(get("/notifications/preferences").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Notify me when</legend>")))
                .andExpect(content().string(containsString("<label for=\"enabled-NEW_FOLLOWER\">")))
                .andExpect(content().string(containsString("someone starts following me")))
                .andExpect(content().string(containsString("value=\"NEW_FOLLOWER\" checked")));

        mvc.perform(post("/notifications/preferences")
                        .param("enabled", "CONNECTION_REQUESTED")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications/preferences"));
        assertThat(notifications.preferences(member.id()))
                .containsEntry(NotificationType.CONNECTION_REQUESTED, true)
                .containsEntry(NotificationType.CONNECTION_ACCEPTED, false)
                .containsEntry(NotificationType.NEW_FOLLOWER, false);
        mvc.perform(post("/notifications/preferences")
                        .param("enabled", "NO_SUCH_TYPE")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<NotificationView> listOf(TestAccount member) {
        return notifications.list(member.id(), null, Notifications.MAX_PAGE_SIZE);
    }

    private NotificationView awaitOne(TestAccount member) {
        return await().atMost(WAIT)
                .until(() -> listOf(member), found -> found.size() == 1)
                .get(0);
    }

    /** Until every event handed to this module's listeners was handled (completed ones are deleted). */
    private void awaitListenersDone() {
        await().atMost(WAIT)
                .until(() -> jdbc.sql(
                                        """
                                select count(*) from event_publication
                                where completion_date is null and listener_id like '%notification%'
                                """)
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
