package org.socialworkr.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.connection.ConnectionRequestView;
import org.socialworkr.connection.Connections;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees which post: visitor, member, connection, direct recipient and blocked member against
 * each visibility, on the page, in the API and in the cards (the same rule everywhere).
 */
@IntegrationTest
class PostVisibilityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Posts posts;

    @Autowired
    PostCards cards;

    @Autowired
    PostAccess access;

    @Autowired
    Connections connections;

    TestAccount author;
    TestAccount member;
    TestAccount connection;
    TestAccount recipient;
    TestAccount blocked;

    @BeforeEach
    void network() {
        author = accounts.create("vauthor");
        member = accounts.create("vmember");
        connection = accounts.create("vconn");
        recipient = accounts.create("vrecip");
        blocked = accounts.create("vblocked");
        ConnectionRequestView request = connections.requestConnection(connection.id(), author.id(), null);
        connections.accept(author.id(), request.id());
        ConnectionRequestView blockedRequest = connections.requestConnection(blocked.id(), author.id(), null);
        connections.accept(author.id(), blockedRequest.id());
        connections.block(author.id(), blocked.id());
    }

    @Test
    void eachViewerSeesExactlyWhatTheVisibilityAllows() throws Exception {
        Map<PostVisibility, Long> ids = Map.of(
                PostVisibility.PUBLIC, publish(PostVisibility.PUBLIC),
                PostVisibility.MEMBERS, publish(PostVisibility.MEMBERS),
                PostVisibility.CONNECTIONS, publish(PostVisibility.CONNECTIONS),
                PostVisibility.DIRECT, publish(PostVisibility.DIRECT));

        // viewer → the visibilities it may see
        expect(null, ids, PostVisibility.PUBLIC);
        expect(member, ids, PostVisibility.PUBLIC, PostVisibility.MEMBERS);
        expect(connection, ids, PostVisibility.PUBLIC, PostVisibility.MEMBERS, PostVisibility.CONNECTIONS);
        expect(recipient, ids, PostVisibility.PUBLIC, PostVisibility.MEMBERS, PostVisibility.DIRECT);
        expect(blocked, ids);
        expect(
                author,
                ids,
                PostVisibility.PUBLIC,
                PostVisibility.MEMBERS,
                PostVisibility.CONNECTIONS,
                PostVisibility.DIRECT);
    }

    @Test
    void aBlockedMemberCannotReplyOrReact() {
        long id = publish(PostVisibility.PUBLIC);
        assertThatThrownBy(() -> posts.react(blocked.id(), id, ReactionKind.LIKE))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> posts.publish(
                        blocked.id(), new PostDraft("hello", null, PostVisibility.PUBLIC, id, null, null, false)))
                .isInstanceOf(NotAllowedException.class);
    }

    private void expect(TestAccount viewer, Map<PostVisibility, Long> ids, PostVisibility... visible) throws Exception {
        MockHttpSession session = viewer == null ? null : accounts.login(mvc, viewer);
        CurrentAccount current = viewer == null ? null : PostIntegrationTests.viewer(viewer);
        List<PostVisibility> allowed = List.of(visible);
        for (Map.Entry<PostVisibility, Long> entry : ids.entrySet()) {
            boolean may = allowed.contains(entry.getKey());
            String who = (viewer == null ? "visitor" : viewer.username()) + " / " + entry.getKey();
            var page = get("/posts/" + entry.getValue());
            var api = get("/api/v1/statuses/" + entry.getValue());
            if (session != null) {
                page.session(session);
                api.session(session);
            }
            int pageStatus = mvc.perform(page).andReturn().getResponse().getStatus();
            int apiStatus = mvc.perform(api).andReturn().getResponse().getStatus();
            assertThat(pageStatus).as("page " + who).isEqualTo(may ? 200 : 404);
            assertThat(apiStatus).as("api " + who).isEqualTo(may ? 200 : 404);
            assertThat(cards.cards(List.of(entry.getValue()), current))
                    .as("cards " + who)
                    .hasSize(may ? 1 : 0);
            assertThat(access.canSee(viewer == null ? null : viewer.id(), entry.getValue()))
                    .as("access " + who)
                    .isEqualTo(may);
        }
        if (viewer == null) {
            mvc.perform(get("/posts/" + ids.get(PostVisibility.PUBLIC))).andExpect(status().isOk());
        }
    }

    private long publish(PostVisibility visibility) {
        return posts.publish(
                author.id(),
                new PostDraft(
                        "A " + visibility + " post",
                        null,
                        visibility,
                        null,
                        visibility == PostVisibility.DIRECT ? List.of(recipient.username()) : null,
                        null,
                        false));
    }
}
