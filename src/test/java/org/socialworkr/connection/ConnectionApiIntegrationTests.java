package org.socialworkr.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The connections API under /api/v1 with a logged-in session: shapes, permissions and refusals as JSON. */
@IntegrationTest
@RecordApplicationEvents
class ConnectionApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

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
    void connectAcceptAndReadTheRelationship() throws Exception {
        String requestId = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(post("/api/v1/accounts/" + ben.id() + "/connect")
                                .session(ana.session())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"note\": \"Hi from the CBT group\"}"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.note").value("Hi from the CBT group"))
                        .andExpect(jsonPath("$.account.username").value(ben.username()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/api/v1/connections/requests").session(ben.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incoming", hasSize(1)))
                .andExpect(jsonPath("$.incoming[0].id").value(requestId))
                .andExpect(jsonPath("$.incoming[0].account.display_name").value(ana.displayName()))
                .andExpect(jsonPath("$.outgoing", hasSize(0)));
        mvc.perform(get("/api/v1/connections/requests").session(ana.session()))
                .andExpect(jsonPath("$.outgoing[0].id").value(requestId));
        assertThat(connections.relationship(ana.id(), ben.id()).requestSent()).isTrue();

        mvc.perform(post("/api/v1/connections/requests/" + requestId + "/accept")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(Long.toString(ana.id())))
                .andExpect(jsonPath("$.connected").value(true))
                .andExpect(jsonPath("$.following").value(true))
                .andExpect(jsonPath("$.followed_by").value(true));

        mvc.perform(get("/api/v1/connections").session(ana.session()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(ben.id())))
                .andExpect(jsonPath("$[0].acct").value(ben.username()));
        assertThat(connections.followerList(ben.id(), null, 10).accountIds()).containsExactly(ana.id());
        assertThat(events.stream(ConnectionAccepted.class)).hasSize(1);

        mvc.perform(delete("/api/v1/connections/" + ben.id())
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.connected").value(false))
                .andExpect(jsonPath("$.following").value(false));
    }

    @Test
    void othersCannotAnswerOrCancelSomeoneElsesRequest() throws Exception {
        ConnectionRequestView request = connections.requestConnection(ana.id(), ben.id(), null);
        MockHttpSession eve = accounts.login(mvc, accounts.create("eve"));

        for (String action : new String[] {"accept", "decline", "cancel"}) {
            mvc.perform(post("/api/v1/connections/requests/" + request.id() + "/" + action)
                            .session(eve)
                            .with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.error").exists());
        }
        mvc.perform(post("/api/v1/connections/requests/" + request.id() + "/accept")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/connections/requests/" + request.id() + "/cancel")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(connections.relationship(ana.id(), ben.id()).requestSent()).isTrue();
    }

    @Test
    void badInputIsRefusedAsJson() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + ana.id() + "/connect")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("You cannot do this with yourself."));
        mvc.perform(post("/api/v1/accounts/999999999/connect")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/connect")
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"" + "x".repeat(301) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/connect")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/connect")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("You already asked to connect with this member."));
    }

    @Test
    void listsPageWithALinkHeader() throws Exception {
        for (int i = 0; i < 3; i++) {
            ConnectionRequestView request =
                    connections.requestConnection(accounts.create("peer" + i).id(), ana.id(), null);
            connections.accept(ana.id(), request.id());
        }
        mvc.perform(get("/api/v1/connections").param("limit", "2").session(ana.session()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(header().string("Link", containsString("max_id=")));
    }

    @Test
    void theApiNeedsALoginAndACsrfToken() throws Exception {
        mvc.perform(get("/api/v1/connections"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/connect").session(ana.session()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").exists());
        assertThat(connections.relationship(ana.id(), ben.id()).requestSent()).isFalse();
    }
}
