package org.socialworkr.post;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The Mastodon-like statuses API: shapes, the guard's 422, and the refusals. */
@IntegrationTest
class PostApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    TestAccount ana;
    TestAccount ben;
    MockHttpSession anaSession;
    MockHttpSession benSession;

    @BeforeEach
    void twoMembers() throws Exception {
        ana = accounts.create("aana");
        ben = accounts.create("aben");
        anaSession = accounts.login(mvc, ana);
        benSession = accounts.login(mvc, ben);
    }

    @Test
    void createReadActOnAndEditAStatus() throws Exception {
        String tag = "cbt" + ana.id();
        String id = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(anaSession)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\": \"Notes on #" + tag + " for @" + ben.username()
                                        + "\", \"visibility\": \"public\", \"spoiler_text\": \"long\"}"))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.visibility").value("public"))
                        .andExpect(jsonPath("$.spoiler_text").value("long"))
                        .andExpect(jsonPath("$.account.username").value(ana.username()))
                        .andExpect(jsonPath("$.tags[0].name").value(tag))
                        .andExpect(jsonPath("$.mentions[0].username").value(ben.username()))
                        .andExpect(jsonPath("$.content", containsString("/tags/" + tag)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(post("/api/v1/statuses/" + id + "/favourite")
                        .session(benSession)
                        .with(csrf()))
                .andExpect(jsonPath("$.favourited").value(true))
                .andExpect(jsonPath("$.favourites_count").value(1));
        mvc.perform(post("/api/v1/statuses/" + id + "/reblog")
                        .session(benSession)
                        .with(csrf()))
                .andExpect(jsonPath("$.reblogged").value(true))
                .andExpect(jsonPath("$.reblogs_count").value(1));
        mvc.perform(post("/api/v1/statuses/" + id + "/bookmark")
                        .session(benSession)
                        .with(csrf()))
                .andExpect(jsonPath("$.bookmarked").value(true));
        mvc.perform(get("/api/v1/bookmarks").session(benSession))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/timelines/tag/" + tag))
                .andExpect(jsonPath("$[0].id").value(id));

        String replyId = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(benSession)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\": \"Thanks!\", \"in_reply_to_id\": \"" + id + "\"}"))
                        .andExpect(jsonPath("$.in_reply_to_id").value(id))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/statuses/" + id + "/context"))
                .andExpect(jsonPath("$.ancestors", hasSize(0)))
                .andExpect(jsonPath("$.descendants[0].id").value(replyId));

        mvc.perform(put("/api/v1/statuses/" + id)
                        .session(benSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"mine now\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/statuses/" + id)
                        .session(anaSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"Revised notes\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", containsString("Revised notes")));
        mvc.perform(get("/api/v1/statuses/" + id + "/history").session(benSession))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].content", containsString("Notes on")));

        mvc.perform(delete("/api/v1/statuses/" + id).session(benSession).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/statuses/" + id).session(anaSession).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/statuses/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aTextNamingAClientIsAnswered422UntilConfirmed() throws Exception {
        String body = "{\"status\": \"my client Maria, 15, lives at 42 Elm Street\"%s}";
        mvc.perform(post("/api/v1/statuses")
                        .session(anaSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("This text may identify a client:")))
                .andExpect(jsonPath("$.error", containsString(" at ")));
        mvc.perform(post("/api/v1/statuses")
                        .session(anaSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(", \"confidentiality_confirmed\": true")))
                .andExpect(status().isOk());
    }

    @Test
    void writingNeedsALoginAndDirectStatusesReachOnlyTheirRecipients() throws Exception {
        mvc.perform(post("/api/v1/statuses")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"anonymous\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/v1/bookmarks")).andExpect(status().isUnauthorized());

        String id = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(anaSession)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\": \"@" + ben.username()
                                        + " private note\", \"visibility\": \"direct\"}"))
                        .andExpect(jsonPath("$.visibility").value("direct"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/statuses/" + id).session(benSession)).andExpect(status().isOk());
        TestAccount other = accounts.create("aother");
        mvc.perform(get("/api/v1/statuses/" + id).session(accounts.login(mvc, other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statuses/" + id)).andExpect(status().isNotFound());
    }
}
