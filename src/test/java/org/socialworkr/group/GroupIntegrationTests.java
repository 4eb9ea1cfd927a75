package org.socialworkr.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.notification.NotificationType;
import org.socialworkr.notification.NotificationView;
import org.socialworkr.notification.Notifications;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.profile.PracticeArea;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The group flows a member notices: creating, requesting, approving, posting, moderating, leaving. */
@IntegrationTest
class GroupIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

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
    HomeFeed homeFeed;

    @Autowired
    Notifications notifications;

    TestAccount owner;
    TestAccount applicant;
    TestAccount outsider;

    @BeforeEach
    void members() {
        owner = accounts.create("gowner");
        applicant = accounts.create("gapplicant");
        outsider = accounts.create("goutsider");
    }

    @Test
    void aPrivateGroupFromRequestToSharedPosts() throws Exception {
        MockHttpSession ownerSession = accounts.login(mvc, owner);
        String slug = "dbt-pnw-" + TestAccounts.uniqueUsername("x").replace('_', '-');
        mvc.perform(post("/groups")
                        .session(ownerSession)
                        .with(csrf())
                        .param("name", "DBT Practitioners — Pacific Northwest")
                        .param("slug", slug)
                        .param("description", "Skills groups, **consultation** teams and <script>alert(1)</script>")
                        .param("kind", "MODALITY")
                        .param("privacy", "PRIVATE")
                        .param("tags", "MENTAL_HEALTH")
                        .param("region", "Pacific Northwest")
                        .param("rules", "Keep client details out.")
                        .param("questions", "Where do you practice DBT?", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/groups/" + slug));
        GroupView group = groups.bySlug(owner.id(), slug);
        assertThat(group.membership().isOwner()).isTrue();
        assertThat(group.questions()).containsExactly("Where do you practice DBT?");
        assertThat(group.descriptionHtml())
                .contains("<strong>consultation</strong>")
                .doesNotContain("<script");

        MockHttpSession applicantSession = accounts.login(mvc, applicant);
        mvc.perform(post("/groups/" + slug + "/join")
                        .session(applicantSession)
                        .with(csrf())
                        .param("answers", "Seattle, at a community clinic"))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.get(applicant.id(), group.id()).membership().state()).isEqualTo(MembershipState.REQUESTED);
        NotificationView asked = awaitNotification(owner, NotificationType.GROUP_JOIN_REQUESTED);
        assertThat(asked.link()).isEqualTo("/groups/" + group.id() + "/requests");
        assertThat(page("/groups/" + group.id() + "/requests", ownerSession))
                .contains("Seattle, at a community clinic");

        mvc.perform(post("/groups/" + slug + "/requests/" + applicant.id() + "/approve")
                        .session(ownerSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitNotification(applicant, NotificationType.GROUP_REQUEST_APPROVED);
        assertThat(groups.get(applicant.id(), group.id()).membership().isMember())
                .isTrue();

        mvc.perform(post("/groups/" + slug + "/posts")
                        .session(ownerSession)
                        .with(csrf())
                        .param("text", "Welcome! Share your diary card tips #dbtskills"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/groups/" + slug + "/posts")
                        .session(applicantSession)
                        .with(csrf())
                        .param("text", "Thanks, glad to be here"))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/groups/" + slug, ownerSession)).contains("Welcome! Share", "Thanks, glad to be here");
        assertThat(page("/groups/" + slug, applicantSession)).contains("Welcome! Share", "Thanks, glad to be here");
        assertThat(homeTexts(owner)).anyMatch(text -> text.contains("Thanks, glad to be here"));
        assertThat(homeTexts(applicant)).anyMatch(text -> text.contains("Welcome! Share"));

        // The outsider sees the group exists, but nothing of its content anywhere.
        MockHttpSession outsiderSession = accounts.login(mvc, outsider);
        assertThat(page("/groups/" + slug, outsiderSession))
                .contains("DBT Practitioners")
                .doesNotContain("Welcome! Share", "Thanks, glad");
        assertThat(homeTexts(outsider)).noneMatch(text -> text.contains("Welcome! Share"));
        assertThat(page("/tags/dbtskills", outsiderSession)).doesNotContain("Welcome! Share");
        assertThat(page("/tags/dbtskills", null)).doesNotContain("Welcome! Share");
        List<Long> ids = groups.timeline(current(owner), group.id(), null, null, null, 20);
        assertThat(ids).hasSize(2);
        for (long id : ids) {
            mvc.perform(get("/posts/" + id).session(outsiderSession)).andExpect(status().isNotFound());
            mvc.perform(get("/posts/" + id)).andExpect(status().isNotFound());
        }
        assertThat(cards.cards(ids, current(outsider))).isEmpty();
        assertThat(cards.cards(ids, current(applicant))).hasSize(2);
        assertThatThrownBy(() -> groups.timeline(current(outsider), group.id(), null, null, null, 20))
                .isInstanceOf(NotAllowedException.class);
        mvc.perform(get("/api/v1/groups/" + group.id() + "/members").session(outsiderSession))
                .andExpect(status().isForbidden());
    }

    @Test
    void repliesStayInTheGroupAndMentionsOfOutsidersTellNobody() {
        GroupView group = create(GroupPrivacy.PRIVATE);
        groups.invite(owner.id(), group.id(), applicant.id());
        groups.join(applicant.id(), group.id(), List.of());
        long root = posts.publish(
                owner.id(),
                new PostDraft(
                        "Question for the group, @" + outsider.username(),
                        null,
                        PostVisibility.GROUP,
                        null,
                        null,
                        null,
                        false,
                        group.id()));
        long reply = posts.publish(
                applicant.id(), new PostDraft("An answer", null, PostVisibility.PUBLIC, root, null, null, false));

        assertThat(cards.cards(List.of(reply), current(applicant)).get(0).visibility())
                .isEqualTo(PostVisibility.GROUP);
        assertThat(cards.cards(List.of(reply), current(outsider))).isEmpty();
        assertThatThrownBy(() -> posts.publish(
                        outsider.id(),
                        new PostDraft("Let me in", null, PostVisibility.PUBLIC, root, null, null, false)))
                .isInstanceOf(RuntimeException.class);
        assertThat(notifications.list(outsider.id(), null, 10)).noneMatch(n -> n.type() == NotificationType.MENTION);
    }

    @Test
    void newPostsNotifyByEachMembersSettingAndRepliesDoNot() {
        GroupView group = create(GroupPrivacy.PUBLIC);
        groups.join(applicant.id(), group.id(), List.of());
        groups.changeNotice(applicant.id(), group.id(), GroupPostNotice.ALL);
        groups.join(outsider.id(), group.id(), List.of());
        long memberPost = posts.publish(
                outsider.id(),
                new PostDraft("A member's question", null, PostVisibility.GROUP, null, null, null, false, group.id()));
        posts.publish(
                owner.id(),
                new PostDraft("The owner answers", null, PostVisibility.GROUP, memberPost, null, null, false));
        long ownerPost = posts.publish(
                owner.id(),
                new PostDraft("Meeting on Friday", null, PostVisibility.GROUP, null, null, null, false, group.id()));

        awaitNotification(outsider, NotificationType.REPLY);
        await().atMost(WAIT).until(() -> groupPostSubjects(applicant).size() == 2);
        await().atMost(WAIT).until(() -> groupPostSubjects(outsider).size() == 1);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> Set.copyOf(groupPostSubjects(applicant))
                .equals(Set.of(memberPost, ownerPost)));
        assertThat(groupPostSubjects(outsider)).containsExactly(ownerPost);
    }

    private List<Long> groupPostSubjects(TestAccount recipient) {
        return notifications.list(recipient.id(), null, 20).stream()
                .filter(n -> n.type() == NotificationType.GROUP_POST)
                .map(NotificationView::subjectId)
                .toList();
    }

    @Test
    void theLastOwnerCannotLeaveUntilOwnershipMoves() {
        GroupView group = create(GroupPrivacy.PUBLIC);
        groups.join(applicant.id(), group.id(), List.of());
        assertThatThrownBy(() -> groups.leave(owner.id(), group.id()))
                .isInstanceOf(InvalidRequestException.class)
                .extracting("messageKey")
                .isEqualTo("error.group.lastOwner");
        groups.transferOwnership(owner.id(), group.id(), applicant.id());
        assertThat(groups.get(applicant.id(), group.id()).membership().role()).isEqualTo(GroupRole.OWNER);
        assertThat(groups.get(owner.id(), group.id()).membership().role()).isEqualTo(GroupRole.MODERATOR);
        groups.leave(owner.id(), group.id());
        assertThat(groups.get(owner.id(), group.id()).membership().state()).isEqualTo(MembershipState.NONE);
        assertThat(groups.moderationLog(applicant.id(), group.id(), 10))
                .extracting(ModerationLogEntry::action)
                .contains(ModerationAction.OWNERSHIP_TRANSFERRED, ModerationAction.GROUP_CREATED);
    }

    @Test
    void moderatorsPinAndRemovePostsAndBanMembers() throws Exception {
        GroupView group = create(GroupPrivacy.PUBLIC);
        groups.join(applicant.id(), group.id(), List.of());
        groups.join(outsider.id(), group.id(), List.of());
        long post = posts.publish(
                applicant.id(),
                new PostDraft("Pin me", null, PostVisibility.GROUP, null, null, null, false, group.id()));
        long spam = posts.publish(
                outsider.id(), new PostDraft("Spam", null, PostVisibility.GROUP, null, null, null, false, group.id()));

        assertThatThrownBy(() -> groups.pin(applicant.id(), group.id(), post)).isInstanceOf(NotAllowedException.class);
        groups.pin(owner.id(), group.id(), post);
        assertThat(groups.pinnedPostIds(current(outsider), group.id())).containsExactly(post);
        groups.removePost(current(owner), group.id(), spam);
        assertThat(groups.timeline(current(owner), group.id(), null, null, null, 20))
                .containsExactly(post);
        groups.ban(owner.id(), group.id(), outsider.id());
        assertThat(groups.get(outsider.id(), group.id()).membership().state()).isEqualTo(MembershipState.BANNED);
        assertThat(page("/api/v1/groups/" + group.id() + "/bans", accounts.login(mvc, owner)))
                .contains("\"username\":\"" + outsider.username() + "\"");
        assertThat(groups.get(outsider.id(), group.id()).contentVisible()).isFalse();
        assertThatThrownBy(() -> groups.join(outsider.id(), group.id(), List.of()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> groups.ban(applicant.id(), group.id(), owner.id()))
                .isInstanceOf(NotAllowedException.class);
        assertThat(groups.moderationLog(owner.id(), group.id(), 10))
                .extracting(ModerationLogEntry::action)
                .contains(ModerationAction.POST_PINNED, ModerationAction.POST_REMOVED, ModerationAction.MEMBER_BANNED);
    }

    @Test
    void aHiddenGroupIsJoinedByInvitationOnly() {
        GroupView group = create(GroupPrivacy.HIDDEN);
        assertThatThrownBy(() -> groups.join(applicant.id(), group.id(), List.of()))
                .isInstanceOf(GroupNotFoundException.class);
        groups.invite(owner.id(), group.id(), applicant.id());
        awaitNotification(applicant, NotificationType.GROUP_INVITATION);
        assertThat(groups.invitations(applicant.id()))
                .extracting(GroupSummary::id)
                .contains(group.id());
        assertThat(groups.join(applicant.id(), group.id(), List.of())).isEqualTo(MembershipState.MEMBER);
        assertThat(groups.search(outsider.id(), new GroupSearch(group.slug(), null, null, null), 10))
                .isEmpty();
        assertThat(groups.search(applicant.id(), new GroupSearch(group.slug(), null, null, null), 10))
                .extracting(GroupSummary::id)
                .containsExactly(group.id());
    }

    @Test
    void discoveryFiltersByKindTagAndRegionAndSuggestsByPracticeArea() throws Exception {
        GroupView group = create(GroupPrivacy.PUBLIC);
        assertThat(groups.search(null, new GroupSearch(null, GroupKind.REGION, PracticeArea.AGING, "Testville"), 40))
                .extracting(GroupSummary::id)
                .contains(group.id());
        assertThat(groups.search(null, new GroupSearch(null, GroupKind.ALUMNI, null, "Testville"), 40))
                .extracting(GroupSummary::id)
                .doesNotContain(group.id());
        MockHttpSession session = accounts.login(mvc, applicant);
        assertThat(page("/groups?kind=region&tag=AGING&region=testville", session))
                .contains(group.name());
        String json = mvc.perform(
                        get("/api/v1/groups").param("region", "Testville").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains("\"slug\":\"" + group.slug() + "\"");
    }

    @Test
    void theApiCreatesUpdatesAndRefusesBadInput() throws Exception {
        MockHttpSession session = accounts.login(mvc, owner);
        String name = "API group " + TestAccounts.uniqueUsername("a");
        String created = mvc.perform(post("/api/v1/groups")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"visibility\":\"private\",\"kind\":\"topic\","
                                + "\"tags\":[\"child_welfare\"],\"region\":\"Boston\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(created).contains("\"visibility\":\"private\"", "\"CHILD_WELFARE\"", "\"state\":\"member\"");
        long id = groups.search(owner.id(), new GroupSearch(name, null, null, null), 1)
                .get(0)
                .id();
        String updated = mvc.perform(patch("/api/v1/groups/" + id)
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"Cambridge\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(updated).contains("\"region\":\"Cambridge\"", "\"visibility\":\"private\"");
        mvc.perform(post("/api/v1/groups")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"visibility\":\"secret\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").exists());
        MockHttpSession other = accounts.login(mvc, applicant);
        mvc.perform(patch("/api/v1/groups/" + id)
                        .session(other)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"Nowhere\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/999999999").session(other)).andExpect(status().isNotFound());
    }

    @Test
    void theHomeComposerOffersTheMembersGroups() throws Exception {
        GroupView group = create(GroupPrivacy.PRIVATE);
        MockHttpSession session = accounts.login(mvc, owner);
        assertThat(page("/", session)).contains("name=\"group_id\"", group.name());
        assertThat(page("/", accounts.login(mvc, outsider))).doesNotContain("name=\"group_id\"");
        mvc.perform(post("/posts")
                        .session(session)
                        .with(csrf())
                        .param("text", "From the home composer")
                        .param("visibility", "PUBLIC")
                        .param("group_id", Long.toString(group.id())))
                .andExpect(status().is3xxRedirection());
        List<Long> ids = groups.timeline(current(owner), group.id(), null, null, null, 5);
        assertThat(cards.cards(ids, current(owner)))
                .extracting(PostCard::visibility)
                .containsExactly(PostVisibility.GROUP);
        mvc.perform(post("/posts")
                        .session(accounts.login(mvc, outsider))
                        .with(csrf())
                        .param("text", "Sneaking in")
                        .param("visibility", "PUBLIC")
                        .param("group_id", Long.toString(group.id())))
                .andExpect(status().isOk());
        assertThat(groups.timeline(current(owner), group.id(), null, null, null, 5))
                .hasSize(1);
    }

    private GroupView create(GroupPrivacy privacy) {
        String slug = "g-" + TestAccounts.uniqueUsername("t").replace('_', '-');
        return groups.create(
                owner.id(),
                new GroupForm(
                        "Group " + slug,
                        slug,
                        "About aging in Testville",
                        GroupKind.REGION,
                        privacy,
                        Set.of(PracticeArea.AGING),
                        "Testville",
                        "",
                        List.of()));
    }

    private List<String> homeTexts(TestAccount account) {
        return homeFeed.home(current(account), null, null, 40).cards().stream()
                .map(PostCard::bodyHtml)
                .toList();
    }

    private NotificationView awaitNotification(TestAccount recipient, NotificationType type) {
        return await().atMost(WAIT)
                .until(
                        () -> notifications.list(recipient.id(), null, 20).stream()
                                .filter(n -> n.type() == type)
                                .toList(),
                        found -> !found.isEmpty())
                .get(0);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static CurrentAccount current(TestAccount account) {
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(), false);
    }
}
