package org.socialworkr.api.mastodon;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v2/search} respecting visibility, and markers kept per member. */
@IntegrationTest
class MastodonSearchAndMarkersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Posts posts;

    @Test
    void searchFindsAccountsStatusesAndHashtagsTheMemberMaySee() throws Exception {
        TestAccount author = accounts.create("sauthor");
        TestAccount reader = accounts.create("sreader");
        String word = "zebrafish" + author.id();
        long open = posts.publish(author.id(), draft("Notes on " + word + " #" + word, PostVisibility.PUBLIC));
        posts.publish(author.id(), draft("Private " + word, PostVisibility.CONNECTIONS));
        MockHttpSession session = accounts.login(mvc, reader);

        mvc.perform(get("/api/v2/search").param("q", word).session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts").isArray())
                .andExpect(jsonPath("$.statuses", hasSize(1)))
                .andExpect(jsonPath("$.statuses[0].id").value(Long.toString(open)))
                .andExpect(jsonPath("$.hashtags[0].name").value(word))
                .andExpect(jsonPath("$.hashtags[0].url").isString());
        mvc.perform(get("/api/v2/search")
                        .param("q", author.username())
                        .param("type", "accounts")
                        .session(session))
                .andExpect(jsonPath("$.accounts[0].id").value(Long.toString(author.id())))
                .andExpect(jsonPath("$.statuses", hasSize(0)))
                .andExpect(jsonPath("$.hashtags", hasSize(0)));
        mvc.perform(get("/api/v2/search")
                        .param("q", word)
                        .param("type", "people")
                        .session(session))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v2/search").param("q", word)).andExpect(status().isUnauthorized());
    }

    @Test
    void markersAreSavedAsFormOrJsonAndVersioned() throws Exception {
        TestAccount member = accounts.create("smarker");
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(get("/api/v1/markers").param("timeline[]", "home").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.home").doesNotExist());
        mvc.perform(post("/api/v1/markers")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("home[last_read_id]", "103"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.home.last_read_id").value("103"))
                .andExpect(jsonPath("$.home.version").value(1))
                .andExpect(jsonPath("$.home.updated_at").isString());
        mvc.perform(
                        post("/api/v1/markers")
                                .session(session)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"home\": {\"last_read_id\": \"108\"}, \"notifications\": {\"last_read_id\": \"7\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.home.version").value(2))
                .andExpect(jsonPath("$.notifications.last_read_id").value("7"));
        mvc.perform(get("/api/v1/markers")
                        .param("timeline[]", "home")
                        .param("timeline[]", "notifications")
                        .session(session))
                .andExpect(jsonPath("$.home.last_read_id").value("108"))
                .andExpect(jsonPath("$.notifications.version").value(1));
        mvc.perform(get("/api/v1/markers").session(accounts.login(mvc, accounts.create("sother"))))
                .andExpect(jsonPath("$.home").doesNotExist());
        mvc.perform(post("/api/v1/markers")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"home\": {\"last_read_id\": \"abc\"}}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/markers")).andExpect(status().isUnauthorized());
    }

    @Test
    void startupCallsOfMastodonAppsAreAnswered() throws Exception {
        TestAccount member = accounts.create("sdefaults");
        TestAccount blocked = accounts.create("sblocked");
        TestAccount muted = accounts.create("smuted");
        MockHttpSession session = accounts.login(mvc, member);
        mvc.perform(post("/api/v1/accounts/" + blocked.id() + "/block")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/" + muted.id() + "/mute")
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/blocks").session(session))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(blocked.id())));
        mvc.perform(get("/api/v1/mutes").session(session))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(muted.id())));
        mvc.perform(get("/api/v1/preferences").session(session))
                .andExpect(jsonPath("$['posting:default:visibility']").value("public"));
        for (String path : new String[] {"/api/v1/lists", "/api/v2/filters", "/api/v1/announcements"}) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        }
        mvc.perform(get("/api/v1/trends/tags"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
        mvc.perform(get("/api/v1/blocks")).andExpect(status().isUnauthorized());
    }

    private static PostDraft draft(String text, PostVisibility visibility) {
        return new PostDraft(text, null, visibility, null, null, null, false);
    }
}
