package org.socialworkr.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.connection.Connections;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.TestAccounts.TestMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Mastodon accounts: the Account and Relationship shapes, follows, blocks, mutes, follow requests, lists. */
@IntegrationTest
class MastodonAccountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    Posts posts;

    TestMember ana;
    TestMember ben;

    @BeforeEach
    void twoMembers() throws Exception {
        ana = accounts.loggedIn(mvc, "mana");
        ben = accounts.loggedIn(mvc, "mben");
    }

    @Test
    void verifyCredentialsHasTheAccountShapeWithSource() throws Exception {
        mvc.perform(get("/api/v1/accounts/verify_credentials").session(ana.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(Long.toString(ana.id())))
                .andExpect(jsonPath("$.username").value(ana.username()))
                .andExpect(jsonPath("$.acct").value(ana.username()))
                .andExpect(jsonPath("$.url").isString())
                .andExpect(jsonPath("$.display_name").value(ana.displayName()))
                .andExpect(jsonPath("$.note").isString())
                .andExpect(jsonPath("$.avatar").isString())
                .andExpect(jsonPath("$.avatar_static").isString())
                .andExpect(jsonPath("$.header").isString())
                .andExpect(jsonPath("$.header_static").isString())
                .andExpect(jsonPath("$.locked").isBoolean())
                .andExpect(jsonPath("$.bot").isBoolean())
                .andExpect(jsonPath("$.group").isBoolean())
                .andExpect(jsonPath("$.fields").isArray())
                .andExpect(jsonPath("$.emojis").isArray())
                .andExpect(jsonPath("$.created_at").isString())
                .andExpect(jsonPath("$.statuses_count").isNumber())
                .andExpect(jsonPath("$.followers_count").isNumber())
                .andExpect(jsonPath("$.following_count").isNumber())
                .andExpect(jsonPath("$.source.note").isString())
                .andExpect(jsonPath("$.source.privacy").value("public"))
                .andExpect(jsonPath("$.source.follow_requests_count").value(0));
        mvc.perform(get("/api/v1/accounts/verify_credentials"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").isString());
    }

    @Test
    void updateCredentialsTakesAFormOrJson() throws Exception {
        mvc.perform(patch("/api/v1/accounts/update_credentials")
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("display_name", "Ana Social Worker")
                        .param("note", "Child welfare, Boston")
                        .param("fields_attributes[0][name]", "Practice")
                        .param("fields_attributes[0][value]", "https://example.org/ana"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display_name").value("Ana Social Worker"))
                .andExpect(jsonPath("$.note", containsString("Child welfare")))
                .andExpect(jsonPath("$.source.note").value("Child welfare, Boston"))
                .andExpect(jsonPath("$.fields[0].name").value("Practice"))
                .andExpect(jsonPath("$.fields[0].value", containsString("https://example.org/ana")));
        mvc.perform(patch("/api/v1/accounts/update_credentials")
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"display_name\": \"Ana L.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display_name").value("Ana L."))
                .andExpect(jsonPath("$.source.note").value("Child welfare, Boston"));
        mvc.perform(patch("/api/v1/accounts/update_credentials")
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"display_name\": \"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").isString());
    }

    @Test
    void accountsAndTheirStatusesAreReadAsTheWebShowsThem() throws Exception {
        long open = posts.publish(ana.id(), draft("open to all", PostVisibility.PUBLIC));
        long members = posts.publish(ana.id(), draft("members only", PostVisibility.MEMBERS));
        long connectionsOnly = posts.publish(ana.id(), draft("connections only", PostVisibility.CONNECTIONS));

        mvc.perform(get("/api/v1/accounts/" + ana.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(ana.username()))
                .andExpect(jsonPath("$.statuses_count").value(3))
                .andExpect(jsonPath("$.source").doesNotExist());
        mvc.perform(get("/api/v1/accounts/lookup").param("acct", ana.username()).session(ben.session()))
                .andExpect(jsonPath("$.id").value(Long.toString(ana.id())));
        mvc.perform(get("/api/v1/accounts/lookup").param("acct", "nobody_here_at_all"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/99999999")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/statuses"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(open)));
        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/statuses").session(ben.session()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(members)));
        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/statuses")
                        .param("limit", "1")
                        .session(ana.session()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(connectionsOnly)))
                .andExpect(header().string("Link", containsString("max_id=" + connectionsOnly)))
                .andExpect(header().string("Link", containsString("rel=\"next\"")))
                .andExpect(header().string("Link", containsString("min_id=" + connectionsOnly)))
                .andExpect(header().string("Link", containsString("rel=\"prev\"")));
    }

    @Test
    void followRequestsAreConnectionRequests() throws Exception {
        connections.requestConnection(ben.id(), ana.id(), null);
        TestAccount cleo = accounts.create("mcleo");
        connections.requestConnection(cleo.id(), ana.id(), null);

        mvc.perform(get("/api/v1/follow_requests").session(ana.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(post("/api/v1/follow_requests/" + ben.id() + "/authorize")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(Long.toString(ben.id())))
                .andExpect(jsonPath("$.connected").value(true))
                .andExpect(jsonPath("$.followed_by").value(true));
        mvc.perform(post("/api/v1/follow_requests/" + cleo.id() + "/reject")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requested_by").value(false));
        mvc.perform(post("/api/v1/follow_requests/" + cleo.id() + "/authorize")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/follow_requests").session(ana.session())).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void followingYourselfOrNobodyIsRefused() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + ana.id() + "/follow")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("You cannot do this with yourself."));
        mvc.perform(post("/api/v1/accounts/999999999/follow")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/follow").with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/relationships").param("id[]", Long.toString(ben.id())))
                .andExpect(status().isUnauthorized());
        assertThat(connections.relationship(ana.id(), ben.id()).following()).isFalse();
    }

    @Test
    void searchFindsMembersByName() throws Exception {
        mvc.perform(get("/api/v1/accounts/search").param("q", ben.username()).session(ana.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(Long.toString(ben.id())));
        mvc.perform(get("/api/v1/accounts/search").param("q", ben.username())).andExpect(status().isUnauthorized());
    }

    @Test
    void followBlockAndMuteAnswerWithTheRelationship() throws Exception {
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/follow")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.following").value(true));
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/mute")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.muting").value(true));
        mvc.perform(get("/api/v1/accounts/relationships")
                        .param("id[]", Long.toString(ana.id()))
                        .session(ben.session()))
                .andExpect(jsonPath("$[0].followed_by").value(true))
                .andExpect(jsonPath("$[0].muting").value(false))
                .andExpect(jsonPath("$[0].blocked_by").doesNotExist());

        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/block")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.blocking").value(true))
                .andExpect(jsonPath("$.following").value(false));

        // Refused both ways, and the blocked member reads a neutral sentence.
        mvc.perform(post("/api/v1/accounts/" + ana.id() + "/follow")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("You can't follow this member."));
        mvc.perform(post("/api/v1/accounts/" + ana.id() + "/connect")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("You can't connect with this member."));
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/connect")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts/relationships")
                        .param("id[]", Long.toString(ana.id()))
                        .session(ben.session()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("blocked_by"))))
                .andExpect(jsonPath("$[0].blocking").value(false));
        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/following").session(ben.session()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/unblock")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.blocking").value(false));
        mvc.perform(post("/api/v1/accounts/" + ben.id() + "/unmute")
                        .session(ana.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.muting").value(false));
    }

    @Test
    void listsPageWithALinkHeader() throws Exception {
        for (int i = 0; i < 3; i++) {
            connections.follow(accounts.create("fan" + i).id(), ana.id());
        }
        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/followers")
                        .param("limit", "2")
                        .session(ben.session()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(header().string("Link", containsString("max_id=")));
    }

    private static PostDraft draft(String text, PostVisibility visibility) {
        return new PostDraft(text, null, visibility, null, null, null, false);
    }
}
