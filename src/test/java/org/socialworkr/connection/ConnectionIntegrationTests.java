package org.socialworkr.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.NotFoundException;
import org.socialworkr.profile.FieldVisibility;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.TestAccounts.TestMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Connecting, following, blocking and muting through the pages, as two or three members would. */
@IntegrationTest
@RecordApplicationEvents
class ConnectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestMember ana;
    TestMember ben;

    @BeforeEach
    void twoMembers() throws Exception {
        ana = accounts.loggedIn(mvc, "ana");
        ben = accounts.loggedIn(mvc, "ben");
    }

    @Test
    void aRequestAcceptedConnectsBothAndMakesThemFollowEachOther() throws Exception {
        mvc.perform(post("/connections/members/" + ben.id() + "/request")
                        .param("note", "We met at the NASW conference")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/@" + ben.username()))
                .andExpect(flash().attribute("notice", "connection.notice.requested"));
        ConnectionRequestView request = connections.incomingRequests(ben.id()).get(0);
        assertThat(request.requesterId()).isEqualTo(ana.id());
        assertThat(request.note()).isEqualTo("We met at the NASW conference");
        assertThat(events.stream(ConnectionRequested.class))
                .containsExactly(new ConnectionRequested(request.id(), ana.id(), ben.id()));

        mvc.perform(post("/connections/requests/" + request.id() + "/accept")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "connection.notice.accepted"));

        Relationship anaToBen = connections.relationship(ana.id(), ben.id());
        assertThat(anaToBen.connected()).isTrue();
        assertThat(anaToBen.following()).isTrue();
        assertThat(anaToBen.followedBy()).isTrue();
        assertThat(anaToBen.requestSent()).isFalse();
        assertThat(connections.connectionIds(ben.id())).containsExactly(ana.id());
        assertThat(connections.incomingRequests(ben.id())).isEmpty();
        assertThat(events.stream(ConnectionAccepted.class))
                .containsExactly(new ConnectionAccepted(request.id(), ana.id(), ben.id()));
        assertThat(events.stream(FollowStarted.class))
                .containsExactlyInAnyOrder(
                        new FollowStarted(ana.id(), ben.id()), new FollowStarted(ben.id(), ana.id()));

        assertThat(page("/@" + ben.username(), ana.session()))
                .contains("are connected", "Remove connection", "1 connection", "1 follower");
        assertThat(page("/@" + ana.username() + "/connections", ben.session())).contains("@" + ben.username());
        assertThat(page("/@" + ben.username() + "/connections", ana.session())).contains("@" + ana.username());
    }

    @Test
    void pendingRequestsAreListedForBothSidesAndCanBeDeclinedOrCancelled() throws Exception {
        ConnectionRequestView request = connections.requestConnection(ana.id(), ben.id(), "Hello <b>Ben</b>");

        assertThat(page("/connections", ben.session()))
                .contains(
                        ana.displayName(),
                        "Hello &lt;b&gt;Ben&lt;/b&gt;",
                        "Accept the request of " + ana.displayName());
        assertThat(page("/connections", ana.session())).contains(ben.displayName(), "Cancel your request to");
        assertThat(page("/@" + ana.username(), ben.session()))
                .contains("asked to connect with you", ">Accept<", ">Decline<");
        assertThat(page("/@" + ben.username(), ana.session())).contains("Waiting for an answer", "Cancel request");

        mvc.perform(post("/connections/requests/" + request.id() + "/decline")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.declined"));
        assertThat(connections.relationship(ana.id(), ben.id())).isEqualTo(Relationship.NONE);

        ConnectionRequestView again = connections.requestConnection(ana.id(), ben.id(), null);
        mvc.perform(post("/connections/requests/" + again.id() + "/cancel")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.cancelled"));
        assertThat(connections.outgoingRequests(ana.id())).isEmpty();
        assertThat(connections.incomingRequests(ben.id())).isEmpty();
    }

    @Test
    void onlyTheAddresseeAnswersAndOnlyTheRequesterCancels() throws Exception {
        ConnectionRequestView request = connections.requestConnection(ana.id(), ben.id(), null);
        TestAccount eve = accounts.create("eve");
        MockHttpSession eveSession = accounts.login(mvc, eve);

        mvc.perform(post("/connections/requests/" + request.id() + "/accept")
                        .session(eveSession)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/connections/requests/" + request.id() + "/accept")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/connections/requests/" + request.id() + "/cancel")
                        .session(eveSession)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/connections/requests/" + request.id() + "/cancel")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/connections/requests/" + request.id() + "/decline")
                        .session(eveSession)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(connections.relationship(ana.id(), ben.id()).requestSent()).isTrue();
    }

    @Test
    void aMemberCannotAskTwiceNorConnectWithThemselves() throws Exception {
        connections.requestConnection(ana.id(), ben.id(), null);

        mvc.perform(post("/connections/members/" + ben.id() + "/request")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("connectionError", "error.connection.alreadyRequested"));
        assertThatThrownBy(() -> connections.requestConnection(ben.id(), ana.id(), null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("error.connection.theyAsked");
        mvc.perform(post("/connections/members/" + ana.id() + "/request")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("connectionError", "error.connection.self"));
        assertThatThrownBy(() -> connections.requestConnection(ana.id(), ben.id(), "x".repeat(301)))
                .isInstanceOf(InvalidRequestException.class);
        mvc.perform(post("/connections/members/999999999/request")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from connections where member_low = :low and member_high = :high")
                        .param("low", Math.min(ana.id(), ben.id()))
                        .param("high", Math.max(ana.id(), ben.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void suspendedMembersCannotBeAskedOrFollowed() {
        jdbc.sql("update accounts set status = 'SUSPENDED' where id = :id")
                .param("id", ben.id())
                .update();

        assertThatThrownBy(() -> connections.requestConnection(ana.id(), ben.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> connections.follow(ana.id(), ben.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingAConnectionEndsTheFollowsItImplied() throws Exception {
        connect(ana.account(), ben.account());

        mvc.perform(post("/connections/members/" + ana.id() + "/remove")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.removed"));

        assertThat(connections.relationship(ana.id(), ben.id())).isEqualTo(Relationship.NONE);
        assertThat(connections.counts(ana.id())).isEqualTo(new NetworkCounts(0, 0, 0));
    }

    @Test
    void followingIsOneWay() throws Exception {
        mvc.perform(post("/connections/members/" + ben.id() + "/follow")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.followed"));
        mvc.perform(post("/connections/members/" + ben.id() + "/follow")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(connections.relationship(ana.id(), ben.id()).following()).isTrue();
        assertThat(connections.relationship(ben.id(), ana.id()).following()).isFalse();
        assertThat(connections.relationship(ben.id(), ana.id()).followedBy()).isTrue();
        assertThat(connections.followingIds(ana.id())).containsExactly(ben.id());
        assertThat(events.stream(FollowStarted.class)).containsExactly(new FollowStarted(ana.id(), ben.id()));
        assertThat(page("/@" + ben.username() + "/followers", ana.session())).contains("@" + ana.username());

        mvc.perform(post("/connections/members/" + ben.id() + "/unfollow")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.unfollowed"));
        assertThat(connections.relationship(ana.id(), ben.id()).following()).isFalse();
    }

    @Test
    void aBlockCutsEverythingAndRefusesNewTiesBothWays() throws Exception {
        connect(ana.account(), ben.account());
        TestAccount cleo = accounts.create("cleo");
        connections.requestConnection(cleo.id(), ana.id(), null);

        mvc.perform(post("/connections/members/" + ben.id() + "/block")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.blocked"));
        connections.block(ana.id(), cleo.id());

        assertThat(events.stream(MemberBlocked.class))
                .containsExactly(new MemberBlocked(ana.id(), ben.id()), new MemberBlocked(ana.id(), cleo.id()));
        Relationship anaToBen = connections.relationship(ana.id(), ben.id());
        assertThat(anaToBen.connected()).isFalse();
        assertThat(anaToBen.following()).isFalse();
        assertThat(anaToBen.followedBy()).isFalse();
        assertThat(anaToBen.blocking()).isTrue();
        assertThat(connections.incomingRequests(ana.id())).isEmpty();
        assertThat(connections.blockedEitherWay(ben.id())).containsExactly(ana.id());

        // The blocked member is refused with the same neutral sentence as anyone else would be.
        mvc.perform(post("/connections/members/" + ana.id() + "/request")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(flash().attribute("connectionError", "error.connection.cannotConnect"));
        mvc.perform(post("/connections/members/" + ana.id() + "/follow")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(flash().attribute("connectionError", "error.connection.cannotFollow"));
        assertThatThrownBy(() -> connections.requestConnection(ana.id(), ben.id(), null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> connections.follow(ana.id(), ben.id())).isInstanceOf(NotAllowedException.class);
        assertThat(page("/@" + ana.username(), ben.session()))
                .doesNotContain("blocked")
                .contains(">Connect<");
        assertThat(connections.relationship(ana.id(), ben.id()).requestSent()).isFalse();

        mvc.perform(post("/connections/members/" + ben.id() + "/unblock")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.unblocked"));
        connections.follow(ben.id(), ana.id());
        assertThat(connections.relationship(ana.id(), ben.id()).followedBy()).isTrue();
    }

    @Test
    void aBlockedMemberSeesOnlyThePublicMinimumOfTheBlockersProfile() throws Exception {
        mvc.perform(post("/profile/edit")
                        .session(ana.session())
                        .with(csrf())
                        .param("displayName", "Ana Ortiz")
                        .param("headline", "Hospice social worker")
                        .param("agency", "Riverside Hospice")
                        .param("visibility[HEADLINE]", "PUBLIC")
                        .param("visibility[AGENCY]", "MEMBERS"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/@" + ana.username(), ben.session())).contains("Hospice social worker", "Riverside Hospice");

        connections.block(ana.id(), ben.id());

        assertThat(page("/@" + ana.username(), ben.session()))
                .contains("Ana Ortiz", "Hospice social worker")
                .doesNotContain("Riverside Hospice");
        TestAccount other = accounts.create("other");
        assertThat(page("/@" + ana.username(), accounts.login(mvc, other))).contains("Riverside Hospice");
        // The blocker still sees the blocked member's profile as any member would.
        assertThat(page("/@" + ben.username(), ana.session())).contains("Unblock");
    }

    @Test
    void aMuteIsInvisibleToTheMutedMember() throws Exception {
        mvc.perform(post("/connections/members/" + ben.id() + "/mute")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.muted"));

        assertThat(connections.relationship(ana.id(), ben.id()).muting()).isTrue();
        assertThat(connections.relationship(ben.id(), ana.id())).isEqualTo(Relationship.NONE);
        assertThat(connections.mutedIds(ana.id())).containsExactly(ben.id());
        assertThat(page("/@" + ana.username(), ben.session()))
                .doesNotContain("Unmute")
                .contains(">Mute<");
        assertThat(page("/connections", ana.session())).contains("Unmute: " + ben.displayName());
        connections.follow(ben.id(), ana.id());

        mvc.perform(post("/connections/members/" + ben.id() + "/unmute")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.unmuted"));
        assertThat(connections.mutedIds(ana.id())).isEmpty();
    }

    @Test
    void connectionsInCommonAreCountedAndShown() throws Exception {
        TestAccount cleo = accounts.create("cleo");
        TestAccount dan = accounts.create("dan");
        connect(ana.account(), cleo);
        connect(ben.account(), cleo);
        connect(ana.account(), dan);
        connect(ben.account(), dan);
        connect(ana.account(), ben.account());

        assertThat(connections.countConnectionsInCommon(ana.id(), ben.id())).isEqualTo(2);
        assertThat(connections.connectionsInCommon(ana.id(), ben.id(), 10))
                .containsExactlyInAnyOrder(cleo.id(), dan.id());
        assertThat(connections.connectionsInCommon(ana.id(), ben.id(), 1)).hasSize(1);
        assertThat(page("/@" + ben.username(), ana.session())).contains("2 connections in common", "3 connections");
    }

    @Test
    void theOwnerChoosesWhoSeesTheirNetwork() throws Exception {
        TestAccount cleo = accounts.create("cleo");
        MockHttpSession cleoSession = accounts.login(mvc, cleo);
        connect(ana.account(), ben.account());
        String lists = "/@" + ana.username() + "/connections";

        // Default: members, not visitors.
        assertThat(page(lists, cleoSession)).contains("@" + ben.username());
        mvc.perform(get(lists)).andExpect(status().isForbidden());

        mvc.perform(post("/connections/settings")
                        .param("visibility", "CONNECTIONS")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "connection.notice.settingsSaved"));
        assertThat(connections.networkVisibility(ana.id())).isEqualTo(FieldVisibility.CONNECTIONS);
        assertThat(page(lists, ben.session())).contains("@" + ben.username());
        mvc.perform(get(lists).session(cleoSession)).andExpect(status().isForbidden());
        assertThat(page("/@" + ana.username(), cleoSession)).doesNotContain("1 connection");

        connections.changeNetworkVisibility(ana.id(), FieldVisibility.ONLY_ME);
        mvc.perform(get(lists).session(ben.session())).andExpect(status().isForbidden());
        mvc.perform(get("/@" + ana.username() + "/followers").session(ben.session()))
                .andExpect(status().isForbidden());
        assertThat(page(lists, ana.session())).contains("@" + ben.username());

        connections.changeNetworkVisibility(ana.id(), FieldVisibility.PUBLIC);
        assertThat(mvc.perform(get(lists))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("@" + ben.username());
        connections.block(ana.id(), cleo.id());
        mvc.perform(get(lists).session(cleoSession)).andExpect(status().isForbidden());
    }

    @Test
    void listsPageNewestFirst() throws Exception {
        for (int i = 0; i < 3; i++) {
            connections.follow(accounts.create("fan" + i).id(), ana.id());
        }
        NetworkPage first = connections.followerList(ana.id(), null, 2);
        assertThat(first.entries()).hasSize(2);
        assertThat(first.nextMaxId()).isNotNull();
        NetworkPage second = connections.followerList(ana.id(), first.nextMaxId(), 2);
        assertThat(second.entries()).hasSize(1);
        assertThat(second.nextMaxId()).isNull();
        assertThat(first.entries().get(0).cursor())
                .isGreaterThan(first.entries().get(1).cursor());
    }

    @Test
    void formsNeedACsrfTokenAndALogin() throws Exception {
        mvc.perform(post("/connections/members/" + ben.id() + "/follow").session(ana.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/connections/members/" + ben.id() + "/follow").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/connections")).andExpect(redirectedUrl("/login"));
        assertThat(connections.relationship(ana.id(), ben.id()).following()).isFalse();
    }

    @Test
    void theProfilePageOffersEveryActionWithAccessibleButtons() throws Exception {
        String page = page("/@" + ben.username(), ana.session());
        assertThat(page)
                .contains(">Connect<", ">Follow<", ">Mute<", ">Block<", "<label for=\"connect-note\"")
                .contains("name=\"_csrf\"");
        assertThat(page("/@" + ben.username(), null))
                .contains("Log in to connect")
                .doesNotContain(">Follow<");
        assertThat(page("/@" + ana.username(), ana.session()))
                .contains("Manage your network")
                .doesNotContain(">Block<");
        assertThat(page("/connections", ana.session())).contains("My network", "Who can see your connections");
    }

    private void connect(TestAccount requester, TestAccount addressee) {
        ConnectionRequestView request = connections.requestConnection(requester.id(), addressee.id(), null);
        connections.accept(addressee.id(), request.id());
    }

    private String page(String path, MockHttpSession session) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
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
