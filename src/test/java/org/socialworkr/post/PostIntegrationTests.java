package org.socialworkr.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.media.TestImages;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.TestAccounts.TestMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Writing, reading and acting on posts through the pages, as members would. */
@IntegrationTest
class PostIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CLIENT_TEXT = "my client Maria, 15, lives at 42 Elm Street";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Posts posts;

    @Autowired
    PostCards cards;

    @Autowired
    Trending trending;

    @Autowired
    Notifications notifications;

    TestMember ana;
    TestMember ben;

    @BeforeEach
    void twoMembers() throws Exception {
        ana = accounts.loggedIn(mvc, "pana");
        ben = accounts.loggedIn(mvc, "pben");
    }

    @Test
    void aPostWithHashtagAndMentionIsListedLinkedAndNotified() throws Exception {
        String tag = "trauma" + ana.id();
        String location = mvc.perform(post("/posts")
                        .session(ana.session())
                        .with(csrf())
                        .param(
                                "text",
                                "Great session on #" + tag.toUpperCase() + " with @" + ben.username()
                                        + " and @nobody_here_xyz <script>alert(1)</script> [x](javascript:alert(2))")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/posts/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String page = page(location, null);
        assertThat(page)
                .contains("href=\"/tags/" + tag + "\"", "href=\"/@" + ben.username() + "\"", "&#64;nobody_here_xyz")
                .doesNotContain("<script>alert", "javascript:alert", "href=\"/@nobody_here_xyz");
        assertThat(page(location, null)).contains("<time datetime=");

        assertThat(page("/tags/" + tag, null)).contains("Great session on");
        assertThat(page("/tags/" + tag.toUpperCase(), ben.session())).contains("Great session on");
        assertThat(trending.top(100, Duration.ofHours(1)))
                .extracting(Trending.TrendingTag::tag)
                .contains(tag);

        NotificationView notification = await().atMost(WAIT)
                .until(() -> notifications.list(ben.id(), null, 10), found -> !found.isEmpty())
                .get(0);
        assertThat(notification.type()).isEqualTo(NotificationType.MENTION);
    }

    @Test
    void aTextNamingAClientIsRefusedUntilConfirmed() throws Exception {
        String page = mvc.perform(post("/posts")
                        .session(ana.session())
                        .with(csrf())
                        .param("text", CLIENT_TEXT)
                        .param("visibility", "PUBLIC"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<mark", "may identify a client", "name=\"confidentiality_confirmed\"", CLIENT_TEXT);
        assertThatThrownBy(() -> posts.publish(
                        ana.id(), new PostDraft(CLIENT_TEXT, null, PostVisibility.PUBLIC, null, null, null, false)))
                .isInstanceOf(ConfidentialityFindingsException.class);

        mvc.perform(post("/posts")
                        .session(ana.session())
                        .with(csrf())
                        .param("text", CLIENT_TEXT)
                        .param("visibility", "PUBLIC")
                        .param("confidentiality_confirmed", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void repliesAreThreadedAndTheParentsAuthorIsNotified() throws Exception {
        long parent = publish(ana, "What helps with burnout?", PostVisibility.PUBLIC);
        mvc.perform(post("/posts")
                        .session(ben.session())
                        .with(csrf())
                        .param("text", "Supervision, honestly.")
                        .param("visibility", "PUBLIC")
                        .param("in_reply_to_id", Long.toString(parent)))
                .andExpect(status().is3xxRedirection());
        long reply = posts.thread(null, parent).replyIds().get(0);
        long nested =
                posts.publish(ana.id(), new PostDraft("Agreed", null, PostVisibility.PUBLIC, reply, null, null, false));

        assertThat(posts.thread(null, parent).replyIds()).containsExactly(reply, nested);
        assertThat(posts.thread(null, nested).ancestorIds()).containsExactly(parent, reply);
        String page = page("/posts/" + parent, ana.session());
        assertThat(page.indexOf("What helps with burnout?"))
                .isLessThan(page.indexOf("Supervision, honestly."))
                .isLessThan(page.indexOf("Agreed"));
        assertThat(cards.cards(List.of(parent), null).get(0).replyCount()).isEqualTo(1);

        NotificationView notification = await().atMost(WAIT)
                .until(() -> notifications.list(ana.id(), null, 10), found -> !found.isEmpty())
                .get(0);
        assertThat(notification.type()).isEqualTo(NotificationType.REPLY);

        long connectionsOnly = publish(ana, "For my network", PostVisibility.CONNECTIONS);
        assertThatThrownBy(() -> posts.publish(
                        ana.id(),
                        new PostDraft("wider", null, PostVisibility.PUBLIC, connectionsOnly, null, null, false)))
                .hasMessage("error.post.replyTooWide");
        assertThatThrownBy(() -> posts.publish(
                        ben.id(),
                        new PostDraft("hi", null, PostVisibility.CONNECTIONS, connectionsOnly, null, null, false)))
                .isInstanceOf(PostNotFoundException.class);
    }

    @Test
    void anEditKeepsTheEarlierVersion() throws Exception {
        long id = publish(ana, "First words #draft", PostVisibility.PUBLIC);
        mvc.perform(post("/posts/" + id + "/edit")
                        .session(ana.session())
                        .with(csrf())
                        .param("text", "Better words")
                        .param("content_warning", "work stress"))
                .andExpect(status().is3xxRedirection());

        PostCard card = cards.cards(List.of(id), null).get(0);
        assertThat(card.edited()).isTrue();
        assertThat(card.bodyHtml()).contains("Better words");
        assertThat(card.hashtags()).isEmpty();
        assertThat(posts.history(null, id)).extracting(PostEdit::body).containsExactly("First words #draft");
        assertThat(page("/posts/" + id + "/history", null)).contains("First words #draft");
        assertThat(page("/posts/" + id, null)).contains("<details", "<summary>", "work stress");

        mvc.perform(post("/posts/" + id + "/edit")
                        .session(ben.session())
                        .with(csrf())
                        .param("text", "Hijacked"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/posts/" + id + "/edit").session(ben.session())).andExpect(status().isForbidden());
        assertThat(cards.cards(List.of(id), null).get(0).bodyHtml()).doesNotContain("Hijacked");
    }

    @Test
    void onlyTheAuthorOrAModeratorWithTwoFactorDeletes() throws Exception {
        long id = publish(ana, "Short-lived", PostVisibility.PUBLIC);
        mvc.perform(post("/posts/" + id + "/delete").session(ben.session()).with(csrf()))
                .andExpect(status().isForbidden());
        CurrentAccount moderatorWithoutTwoFactor =
                new CurrentAccount(ben.id(), ben.username(), ben.displayName(), Set.of(AccountRole.MODERATOR), false);
        assertThatThrownBy(() -> posts.delete(moderatorWithoutTwoFactor, id)).isInstanceOf(NotAllowedException.class);

        mvc.perform(post("/posts/" + id + "/delete").session(ana.session()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cards.cards(List.of(id), null)).isEmpty();
        assertThat(cards.threadCards(List.of(id), null))
                .singleElement()
                .extracting(PostCard::deleted)
                .isEqualTo(true);
        mvc.perform(get("/posts/" + id)).andExpect(status().isNotFound());

        long other = publish(ana, "Moderated", PostVisibility.PUBLIC);
        TestAccount moderator = accounts.create("pmod", AccountRole.MODERATOR);
        posts.delete(
                new CurrentAccount(
                        moderator.id(),
                        moderator.username(),
                        moderator.displayName(),
                        Set.of(AccountRole.MODERATOR),
                        true),
                other);
        assertThat(cards.cards(List.of(other), null)).isEmpty();
    }

    @Test
    void reactionsRepostsAndBookmarksToggleAndCount() throws Exception {
        long id = publish(ana, "Useful resource list", PostVisibility.PUBLIC);
        act(ben.session(), id, "react", "LIKE");
        act(ben.session(), id, "react", "LIKE");
        act(ben.session(), id, "react", "INSIGHTFUL");
        act(ana.session(), id, "react", "LIKE");
        act(ben.session(), id, "repost", null);
        act(ben.session(), id, "bookmark", null);

        CurrentAccount benViewer = viewer(ben.account());
        PostCard card = cards.cards(List.of(id), benViewer).get(0);
        assertThat(card.reactionCount(ReactionKind.LIKE)).isEqualTo(2);
        assertThat(card.reactionCount(ReactionKind.INSIGHTFUL)).isEqualTo(1);
        assertThat(card.myReactions()).containsExactlyInAnyOrder(ReactionKind.LIKE, ReactionKind.INSIGHTFUL);
        assertThat(card.repostCount()).isEqualTo(1);
        assertThat(card.reposted()).isTrue();
        assertThat(card.bookmarked()).isTrue();
        assertThat(cards.cards(List.of(id), viewer(ana.account())).get(0).bookmarked())
                .isFalse();
        assertThat(posts.bookmarks(ben.id(), null, 10).ids()).containsExactly(id);
        assertThat(page("/bookmarks", ben.session())).contains("Useful resource list", "Remove bookmark");

        act(ben.session(), id, "unreact", "LIKE");
        act(ben.session(), id, "unrepost", null);
        act(ben.session(), id, "unbookmark", null);
        card = cards.cards(List.of(id), benViewer).get(0);
        assertThat(card.reactionCount(ReactionKind.LIKE)).isEqualTo(1);
        assertThat(card.myReactions()).containsExactly(ReactionKind.INSIGHTFUL);
        assertThat(card.repostCount()).isZero();
        assertThat(card.bookmarked()).isFalse();
        assertThat(posts.bookmarks(ben.id(), null, 10).ids()).isEmpty();

        long membersOnly = publish(ana, "Members only", PostVisibility.MEMBERS);
        mvc.perform(post("/posts/" + membersOnly + "/repost")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void imagesNeedADescriptionAndAreShownWithIt() throws Exception {
        MockMultipartFile image = new MockMultipartFile("images", "photo.png", "image/png", TestImages.png(40, 30));
        String refused = mvc.perform(multipart("/posts")
                        .file(image)
                        .session(ana.session())
                        .with(csrf())
                        .param("text", "Our new office")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Every image needs a description", "Our new office");

        String location = mvc.perform(multipart("/posts")
                        .file(image)
                        .session(ana.session())
                        .with(csrf())
                        .param("text", "Our new office")
                        .param("alt_texts", "A bright waiting room with two chairs", "", "", "")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(location, null)).contains("alt=\"A bright waiting room with two chairs\"", "src=\"/media/");
    }

    @Test
    void tagPagesAndBookmarksPageByKeyset() throws Exception {
        String tag = "paging" + ana.id();
        long first = publish(ana, "one #" + tag, PostVisibility.PUBLIC);
        long second = publish(ana, "two #" + tag, PostVisibility.PUBLIC);
        long third = publish(ana, "three #" + tag, PostVisibility.PUBLIC);
        publish(ana, "members #" + tag, PostVisibility.MEMBERS);

        IdPage page = posts.tagged(tag, null, null, 2);
        assertThat(page.ids()).containsExactly(third, second);
        assertThat(posts.tagged(tag, null, page.nextMaxId(), 2).ids()).containsExactly(first);
        assertThat(posts.tagged(tag, viewer(ben.account()), null, 10).ids()).hasSize(4);
        assertThat(page("/tags/" + tag + "?max_id=" + third, null))
                .contains("<p>two ", "<p>one ")
                .doesNotContain("<p>three ", "<p>members ");

        for (long id : List.of(first, second, third)) {
            posts.bookmark(ben.id(), id);
        }
        IdPage bookmarks = posts.bookmarks(ben.id(), null, 2);
        assertThat(bookmarks.ids()).containsExactly(third, second);
        assertThat(posts.bookmarks(ben.id(), bookmarks.nextMaxId(), 2).ids()).containsExactly(first);
        assertThat(posts.bookmarks(ana.id(), null, 2).ids()).isEmpty();
    }

    @Test
    void actionsReturnOnlyToPagesOfThisSite() throws Exception {
        long id = publish(ana, "Back and forth", PostVisibility.PUBLIC);
        mvc.perform(post("/posts/" + id + "/bookmark")
                        .param("back", "/tags/x")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/tags/x"));
        mvc.perform(post("/posts/" + id + "/unbookmark")
                        .param("back", "//evil.example/")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/posts/" + id));
    }

    @Test
    void formsNeedACsrfTokenAndALogin() throws Exception {
        long id = publish(ana, "Protected", PostVisibility.PUBLIC);
        mvc.perform(post("/posts").session(ana.session()).param("text", "no token"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + id + "/delete").session(ana.session())).andExpect(status().isForbidden());
        mvc.perform(post("/posts/" + id + "/react").param("kind", "LIKE").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/bookmarks")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/posts/new")).andExpect(redirectedUrl("/login"));
        assertThat(page("/posts/new", ana.session()))
                .contains(
                        "data-confidentiality-check",
                        "data-confidentiality-url=\"/api/v1/confidentiality/check\"",
                        "<script src=\"/js/confidentiality",
                        "name=\"confidentiality_confirmed\"",
                        "name=\"alt_texts\"",
                        "<option value=\"PUBLIC\" selected=\"selected\">");
        assertThat(cards.cards(List.of(id), null))
                .singleElement()
                .extracting(PostCard::id)
                .isEqualTo(id);
    }

    private void act(MockHttpSession session, long id, String action, String kind) throws Exception {
        var request = post("/posts/" + id + "/" + action).session(session).with(csrf());
        if (kind != null) {
            request.param("kind", kind);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long publish(TestMember author, String text, PostVisibility visibility) {
        return posts.publish(author.id(), new PostDraft(text, null, visibility, null, null, null, false));
    }

    static CurrentAccount viewer(TestAccount account) {
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(), false);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
