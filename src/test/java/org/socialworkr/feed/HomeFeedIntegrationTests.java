package org.socialworkr.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.feed.HomeFeed.FeedPage;
import org.socialworkr.post.PostCard;
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

/** Members see what their network posts, at once, and nothing they may not see. */
@IntegrationTest
@Import(TestPosts.class)
class HomeFeedIntegrationTests {

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
    void aFolloweesPostAppearsAtOnceInTheFollowersHomePage() throws Exception {
        TestAccount follower = accounts.create("ffollower");
        TestAccount author = accounts.create("fauthor");
        connections.follow(follower.id(), author.id());

        publisher.publish(
                author.id(),
                new PostDraft(
                        "Safety planning with teens works best in pairs #practice",
                        null,
                        PostVisibility.PUBLIC,
                        null,
                        List.of(),
                        List.of(),
                        false));

        mvc.perform(get("/").session(accounts.login(mvc, follower)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Safety planning with teens works best in pairs")))
                .andExpect(content().string(containsString(author.displayName())));
    }

    @Test
    void ownPostsAppear() {
        TestAccount member = accounts.create("fown");
        long own = posts.publish(member.id(), "CONNECTIONS", "My own note");

        assertThat(ids(feed.home(member(member), null, null, 20))).containsExactly(own);
    }

    @Test
    void connectionsOnlyPostsReachConnectionsAndNotMereFollowers() {
        TestAccount viewer = accounts.create("fviewer");
        TestAccount colleague = accounts.create("fcolleague");
        TestAccount followed = accounts.create("ffollowed");
        connect(viewer, colleague);
        connections.follow(viewer.id(), followed.id());

        long fromConnection = posts.publish(colleague.id(), "CONNECTIONS", "For my connections");
        posts.publish(followed.id(), "CONNECTIONS", "Not for followers");
        long membersOnly = posts.publish(followed.id(), "MEMBERS", "For all members");

        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(membersOnly, fromConnection);
    }

    @Test
    void mutedAndBlockedMembersAreLeftOutAlsoWhenRepostedByOthers() {
        TestAccount viewer = accounts.create("fmuter");
        TestAccount friend = accounts.create("ffriend");
        TestAccount muted = accounts.create("fmuted");
        TestAccount blocked = accounts.create("fblocked");
        TestAccount blocker = accounts.create("fblocker");
        for (TestAccount other : List.of(friend, muted, blocked, blocker)) {
            connections.follow(viewer.id(), other.id());
        }
        connections.mute(viewer.id(), muted.id());
        connections.block(viewer.id(), blocked.id());
        connections.block(blocker.id(), viewer.id());

        long mutedPost = posts.publish(muted.id(), "PUBLIC", "muted words");
        long blockedPost = posts.publish(blocked.id(), "PUBLIC", "blocked words");
        posts.publish(blocker.id(), "PUBLIC", "blocker words");
        posts.repost(friend.id(), mutedPost);
        posts.repost(friend.id(), blockedPost);
        long friendPost = posts.publish(friend.id(), "PUBLIC", "friend words");

        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(friendPost);
    }

    /** The feed keeps each member's network in memory: every change must reach the very next page. */
    @Test
    void aChangeInTheNetworkAppliesToTheNextPage() {
        TestAccount viewer = accounts.create("fchanger");
        TestAccount author = accounts.create("fchanged");
        TestAccount colleague = accounts.create("fcolleague");
        long post = posts.publish(author.id(), "PUBLIC", "Changing networks");
        long forConnections = posts.publish(colleague.id(), "CONNECTIONS", "Connections only");
        assertThat(ids(feed.home(member(viewer), null, null, 20))).isEmpty();

        connections.follow(viewer.id(), author.id());
        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(post);

        connections.mute(viewer.id(), author.id());
        assertThat(ids(feed.home(member(viewer), null, null, 20))).isEmpty();

        connections.unmute(viewer.id(), author.id());
        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(post);

        connect(viewer, colleague);
        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(forConnections, post);

        connections.block(author.id(), viewer.id());
        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(forConnections);

        connections.removeConnection(colleague.id(), viewer.id());
        assertThat(ids(feed.home(member(viewer), null, null, 20))).isEmpty();
    }

    @Test
    void directPostsOnlyReachTheirRecipientsAndAuthor() {
        TestAccount author = accounts.create("fdauthor");
        TestAccount recipient = accounts.create("fdrecipient");
        TestAccount bystander = accounts.create("fdbystander");
        connections.follow(recipient.id(), author.id());
        connections.follow(bystander.id(), author.id());

        long direct = posts.direct(author.id(), "Just for you", recipient.id());

        assertThat(ids(feed.home(member(recipient), null, null, 20))).containsExactly(direct);
        assertThat(ids(feed.home(member(author), null, null, 20))).containsExactly(direct);
        assertThat(ids(feed.home(member(bystander), null, null, 20))).isEmpty();
    }

    @Test
    void repliesShowOnlyWhenTheyAnswerSomeoneInTheNetwork() {
        TestAccount viewer = accounts.create("frviewer");
        TestAccount followed = accounts.create("frfollowed");
        TestAccount stranger = accounts.create("frstranger");
        connections.follow(viewer.id(), followed.id());

        long strangerPost = posts.publish(stranger.id(), "PUBLIC", "A stranger asks");
        posts.reply(followed.id(), strangerPost, "Answering a stranger");
        long ownPost = posts.publish(viewer.id(), "PUBLIC", "I ask");
        long answer = posts.reply(followed.id(), ownPost, "Answering the viewer");
        long selfThread = posts.reply(followed.id(), answer, "And one more thing");

        assertThat(ids(feed.home(member(viewer), null, null, 20))).containsExactly(selfThread, answer, ownPost);
    }

    @Test
    void deletedPostsAreGone() {
        TestAccount member = accounts.create("fdeleter");
        long deleted = posts.publish(member.id(), "PUBLIC", "Oops");
        posts.delete(deleted);

        assertThat(feed.home(member(member), null, null, 20).cards()).isEmpty();
    }

    @Test
    void olderPagesFollowWithoutOverlap() {
        TestAccount viewer = accounts.create("fpager");
        TestAccount author = accounts.create("fprolific");
        connections.follow(viewer.id(), author.id());
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            published.add(0, posts.publish(author.id(), "PUBLIC", "Post " + i));
        }

        FeedPage first = feed.home(member(viewer), null, null, 20);
        FeedPage second = feed.home(member(viewer), first.nextMaxId(), null, 20);

        assertThat(ids(first)).isEqualTo(published.subList(0, 20));
        assertThat(first.nextMaxId()).isEqualTo(published.get(19));
        assertThat(ids(second)).isEqualTo(published.subList(20, 25));
        assertThat(second.nextMaxId()).isNull();
    }

    @Test
    void theOlderLinkWorksWithoutJavaScriptAndAsAnHtmxFragment() throws Exception {
        TestAccount viewer = accounts.create("flinker");
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            published.add(0, posts.publish(viewer.id(), "PUBLIC", "Entry number " + i + "."));
        }
        MockHttpSession session = accounts.login(mvc, viewer);
        long cursor = published.get(19);

        mvc.perform(get("/").session(session))
                .andExpect(content().string(containsString("href=\"/?max_id=" + cursor + "\"")))
                .andExpect(content().string(containsString("hx-get=\"/feed/page?max_id=" + cursor + "\"")))
                .andExpect(content().string(not(containsString("Entry number 0."))));
        mvc.perform(get("/").param("max_id", Long.toString(cursor)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Entry number 0.")))
                .andExpect(content().string(not(containsString("Entry number 1."))));
        mvc.perform(get("/feed/page").param("max_id", Long.toString(cursor)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Entry number 0.")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("site-header"))));
    }

    @Test
    void theNewPostsNoticeCountsWhatArrivedSinceThePageWasShown() throws Exception {
        TestAccount viewer = accounts.create("fnotice");
        TestAccount author = accounts.create("fnoticed");
        connections.follow(viewer.id(), author.id());
        long shown = posts.publish(author.id(), "PUBLIC", "Seen already");
        MockHttpSession session = accounts.login(mvc, viewer);

        mvc.perform(get("/").session(session))
                .andExpect(content().string(containsString("hx-get=\"/feed/new?since_id=" + shown + "\"")));
        mvc.perform(get("/feed/new").param("since_id", Long.toString(shown)).session(session))
                .andExpect(status().isNoContent());

        posts.publish(author.id(), "PUBLIC", "New one");
        posts.publish(author.id(), "PUBLIC", "Another new one");

        assertThat(feed.countNewer(viewer.id(), shown)).isEqualTo(2);
        mvc.perform(get("/feed/new").param("since_id", Long.toString(shown)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 new posts")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aNewMemberIsPointedToThePeopleDirectoryAndKeepsTheOnboardingCards() throws Exception {
        TestAccount newcomer = accounts.create("fnewcomer");

        mvc.perform(get("/").session(accounts.login(mvc, newcomer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people\"")))
                .andExpect(content().string(containsString("href=\"/profile/edit\"")))
                .andExpect(content().string(containsString("href=\"/settings/two-factor\"")))
                .andExpect(content().string(containsString("aria-current=\"page\"")));
    }

    @Test
    void visitorsGetTheWelcomePageAndNoTimelines() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/signup\"")));
        mvc.perform(get("/feed/new").param("since_id", "1")).andExpect(status().is(286));
    }

    @Test
    void thePublicTimelineHoldsPublicPostsOfEveryoneButMutedMembers() throws Exception {
        TestAccount viewer = accounts.create("fpublic");
        TestAccount stranger = accounts.create("fpstranger");
        TestAccount muted = accounts.create("fpmuted");
        connections.mute(viewer.id(), muted.id());
        long open = posts.publish(stranger.id(), "PUBLIC", "open to all");
        long membersOnly = posts.publish(stranger.id(), "MEMBERS", "members only");
        long mutedPost = posts.publish(muted.id(), "PUBLIC", "muted");

        List<Long> ids = ids(feed.publicTimeline(member(viewer), null, null, 40));

        assertThat(ids).contains(open).doesNotContain(membersOnly, mutedPost);
    }

    private void connect(TestAccount one, TestAccount other) {
        ConnectionRequestView request = connections.requestConnection(one.id(), other.id(), null);
        connections.accept(other.id(), request.id());
    }

    private static List<Long> ids(FeedPage page) {
        return page.cards().stream().map(PostCard::id).toList();
    }

    private static CurrentAccount member(TestAccount account) {
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(), false);
    }
}
