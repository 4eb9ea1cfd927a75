package org.socialworkr.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.DomainException;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.post.PostAccess;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may do what with a group: public, private and hidden groups against a visitor, a member, a
 * member of the site who is not in the group, a moderator, the owner and a banned member, over
 * every group page and endpoint, and over the group's posts wherever posts appear (post page,
 * cards, home feed, the group feed).
 */
@IntegrationTest
class GroupPermissionMatrixIntegrationTests {

    enum Viewer {
        VISITOR,
        MEMBER,
        NON_MEMBER,
        MODERATOR,
        OWNER,
        BANNED
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Groups groups;

    @Autowired
    Posts posts;

    @Autowired
    PostCards cards;

    @Autowired
    PostAccess access;

    @Autowired
    HomeFeed homeFeed;

    @ParameterizedTest
    @EnumSource(GroupPrivacy.class)
    void everyViewerGetsExactlyWhatThePrivacyAllows(GroupPrivacy privacy) throws Exception {
        Map<Viewer, TestAccount> people = new LinkedHashMap<>();
        for (Viewer viewer : Viewer.values()) {
            if (viewer != Viewer.VISITOR) {
                people.put(
                        viewer,
                        accounts.create("gm" + viewer.name().substring(0, 3).toLowerCase()));
            }
        }
        TestAccount owner = people.get(Viewer.OWNER);
        String slug = "matrix-" + TestAccounts.uniqueUsername("g").replace('_', '-');
        GroupView group = groups.create(
                owner.id(),
                new GroupForm(
                        "Matrix " + privacy + " " + slug,
                        slug,
                        "A group to test " + privacy,
                        GroupKind.TOPIC,
                        privacy,
                        Set.of(),
                        "Matrix City",
                        "Be kind",
                        List.of("Why?")));
        long id = group.id();
        for (Viewer viewer : List.of(Viewer.MEMBER, Viewer.MODERATOR, Viewer.BANNED)) {
            groups.invite(owner.id(), id, people.get(viewer).id());
            assertThat(groups.join(people.get(viewer).id(), id, List.of())).isEqualTo(MembershipState.MEMBER);
        }
        groups.changeRole(owner.id(), id, people.get(Viewer.MODERATOR).id(), GroupRole.MODERATOR);
        String secret = "Secret words of " + slug;
        long postId = posts.publish(
                people.get(Viewer.MEMBER).id(),
                new PostDraft(secret, null, PostVisibility.GROUP, null, null, null, false, id));
        groups.ban(owner.id(), id, people.get(Viewer.BANNED).id());

        boolean hidden = privacy == GroupPrivacy.HIDDEN;
        for (Viewer viewer : Viewer.values()) {
            TestAccount account = people.get(viewer);
            MockHttpSession session = account == null ? null : accounts.login(mvc, account);
            String who = privacy + " / " + viewer;
            boolean inGroup = viewer == Viewer.MEMBER || viewer == Viewer.MODERATOR || viewer == Viewer.OWNER;
            boolean moderates = viewer == Viewer.MODERATOR || viewer == Viewer.OWNER;
            boolean knows = !hidden || inGroup;
            boolean reads = inGroup || (privacy == GroupPrivacy.PUBLIC && viewer != Viewer.BANNED);
            int notKnown = 404;

            // The group page and its JSON.
            int page = status(get("/groups/" + slug), session);
            assertThat(page).as("page " + who).isEqualTo(knows ? 200 : notKnown);
            if (knows) {
                String body = body(get("/groups/" + slug), session);
                assertThat(body.contains(secret)).as("feed on page " + who).isEqualTo(reads);
            }
            assertThat(status(get("/groups/" + id), session))
                    .as("page by id " + who)
                    .isEqualTo(knows ? 200 : notKnown);
            assertThat(status(get("/api/v1/groups/" + id), session))
                    .as("api " + who)
                    .isEqualTo(knows ? 200 : notKnown);

            // Discovery finds the group unless it is hidden from the viewer.
            String found = body(get("/api/v1/groups").param("q", slug), session);
            assertThat(found.contains("\"slug\":\"" + slug + "\""))
                    .as("search " + who)
                    .isEqualTo(knows);

            // The members list: for readers who are logged in.
            int expectedMembers = account == null ? 302 : !knows ? notKnown : reads ? 200 : 403;
            assertThat(status(get("/groups/" + slug + "/members"), session))
                    .as("members page " + who)
                    .isEqualTo(expectedMembers);
            assertThat(status(get("/api/v1/groups/" + id + "/members"), session))
                    .as("members api " + who)
                    .isEqualTo(account == null ? 401 : expectedMembers);

            // Moderators' pages and endpoints.
            int expectedModeration = account == null ? 302 : !knows ? notKnown : moderates ? 200 : 403;
            for (String path : List.of("/requests", "/log", "/edit")) {
                assertThat(status(get("/groups/" + slug + path), session))
                        .as(path + " " + who)
                        .isEqualTo(expectedModeration);
            }
            for (String path : List.of("/requests", "/bans")) {
                assertThat(status(get("/api/v1/groups/" + id + path), session))
                        .as(path + " api " + who)
                        .isEqualTo(account == null ? 401 : expectedModeration);
            }
            if (account != null && !moderates) {
                assertThat(status(
                                post("/api/v1/groups/" + id + "/members/"
                                                + people.get(Viewer.MEMBER).id() + "/remove")
                                        .with(csrf()),
                                session))
                        .as("remove api " + who)
                        .isEqualTo(knows ? 403 : notKnown);
                assertThat(status(
                                post("/api/v1/groups/" + id + "/invite")
                                        .param("account_id", Long.toString(owner.id()))
                                        .with(csrf()),
                                session))
                        .as("invite api " + who)
                        .isEqualTo(knows ? 403 : notKnown);
            }

            // The group's post, wherever posts appear.
            CurrentAccount current = account == null ? null : current(account);
            Long viewerId = account == null ? null : account.id();
            assertThat(status(get("/posts/" + postId), session))
                    .as("post page " + who)
                    .isEqualTo(reads ? 200 : 404);
            assertThat(access.canSee(viewerId, postId)).as("access " + who).isEqualTo(reads);
            assertThat(cards.cards(List.of(postId), current)).as("cards " + who).hasSize(reads ? 1 : 0);
            if (account != null) {
                List<Long> home = homeFeed.home(current, null, null, 40).cards().stream()
                        .map(PostCard::id)
                        .toList();
                assertThat(home.contains(postId)).as("home feed " + who).isEqualTo(inGroup);
            }
            if (reads) {
                assertThat(groups.timeline(current, id, null, null, null, 20))
                        .as("timeline " + who)
                        .contains(postId);
            } else {
                assertThatThrownBy(() -> groups.timeline(current, id, null, null, null, 20))
                        .as("timeline " + who)
                        .isInstanceOf(DomainException.class);
            }

            // Posting: members only.
            if (account != null) {
                boolean mayPost = inGroup;
                try {
                    posts.publish(
                            account.id(),
                            new PostDraft(
                                    "Hello from " + viewer, null, PostVisibility.GROUP, null, null, null, false, id));
                    assertThat(mayPost).as("post " + who).isTrue();
                } catch (DomainException refused) {
                    assertThat(mayPost).as("post " + who).isFalse();
                }
            }
        }

        // Joining, by each kind of outsider.
        TestAccount outsider = people.get(Viewer.NON_MEMBER);
        MockHttpSession outsiderSession = accounts.login(mvc, outsider);
        String joined = body(post("/api/v1/groups/" + id + "/join").with(csrf()), outsiderSession);
        switch (privacy) {
            case PUBLIC -> assertThat(joined).contains("\"state\":\"member\"");
            case PRIVATE -> assertThat(joined).contains("\"state\":\"requested\"");
            case HIDDEN -> assertThat(joined).contains("\"error\"");
        }
        MockHttpSession bannedSession = accounts.login(mvc, people.get(Viewer.BANNED));
        assertThat(status(post("/api/v1/groups/" + id + "/join").with(csrf()), bannedSession))
                .as("banned joins " + privacy)
                .isEqualTo(hidden ? 404 : 403);
        assertThat(status(get("/api/v1/groups/" + id), null)).isEqualTo(hidden ? 404 : 200);
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String body(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    static CurrentAccount current(TestAccount account) {
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(), false);
    }
}
