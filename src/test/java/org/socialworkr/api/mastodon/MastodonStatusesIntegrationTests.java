package org.socialworkr.api.mastodon;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.media.TestImages;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.socialworkr.test.TestAccounts.TestMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Mastodon statuses: entity shapes, form and JSON bodies, idempotency, media, the guard's 422, and the refusals. */
@IntegrationTest
class MastodonStatusesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    TestMember ana;
    TestMember ben;

    @BeforeEach
    void twoMembers() throws Exception {
        ana = accounts.loggedIn(mvc, "aana");
        ben = accounts.loggedIn(mvc, "aben");
    }

    @Test
    void createReadActOnAndEditAStatus() throws Exception {
        String tag = "cbt" + ana.id();
        String id = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(ana.session())
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
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.favourited").value(true))
                .andExpect(jsonPath("$.favourites_count").value(1));
        mvc.perform(post("/api/v1/statuses/" + id + "/reblog")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.reblogged").value(true))
                .andExpect(jsonPath("$.reblog.id").value(id))
                .andExpect(jsonPath("$.reblog.reblogs_count").value(1));
        mvc.perform(post("/api/v1/statuses/" + id + "/bookmark")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(jsonPath("$.bookmarked").value(true));
        mvc.perform(get("/api/v1/bookmarks").session(ben.session()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/timelines/tag/" + tag))
                .andExpect(jsonPath("$[0].id").value(id));

        String replyId = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(ben.session())
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
                        .session(ben.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"mine now\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/statuses/" + id)
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"Revised notes\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", containsString("Revised notes")));
        mvc.perform(get("/api/v1/statuses/" + id + "/history").session(ben.session()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].content", containsString("Notes on")));

        mvc.perform(delete("/api/v1/statuses/" + id).session(ben.session()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/statuses/" + id).session(ana.session()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/statuses/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aTextNamingAClientIsAnswered422UntilConfirmed() throws Exception {
        String body = "{\"status\": \"my client Maria, 15, lives at 42 Elm Street\"%s}";
        mvc.perform(post("/api/v1/statuses")
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("This text may identify a client:")))
                .andExpect(jsonPath("$.error", containsString(" at ")));
        mvc.perform(post("/api/v1/statuses")
                        .session(ana.session())
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
                                .session(ana.session())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\": \"@" + ben.username()
                                        + " private note\", \"visibility\": \"direct\"}"))
                        .andExpect(jsonPath("$.visibility").value("direct"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/statuses/" + id).session(ben.session())).andExpect(status().isOk());
        TestAccount other = accounts.create("aother");
        mvc.perform(get("/api/v1/statuses/" + id).session(accounts.login(mvc, other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statuses/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aStatusHasMastodonsShape() throws Exception {
        String id = create(ana.session(), "{\"status\": \"Shape check\"}");
        mvc.perform(get("/api/v1/statuses/" + id).session(ben.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.uri").isString())
                .andExpect(jsonPath("$.url").isString())
                .andExpect(jsonPath("$.created_at").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
                .andExpect(jsonPath("$.content").isString())
                .andExpect(jsonPath("$.visibility").value("public"))
                .andExpect(jsonPath("$.sensitive").isBoolean())
                .andExpect(jsonPath("$.spoiler_text").value(""))
                .andExpect(jsonPath("$.media_attachments").isArray())
                .andExpect(jsonPath("$.mentions").isArray())
                .andExpect(jsonPath("$.tags").isArray())
                .andExpect(jsonPath("$.emojis").isArray())
                .andExpect(jsonPath("$.reblogs_count").isNumber())
                .andExpect(jsonPath("$.favourites_count").isNumber())
                .andExpect(jsonPath("$.replies_count").isNumber())
                .andExpect(jsonPath("$.in_reply_to_id").value(nullValue()))
                .andExpect(jsonPath("$.in_reply_to_account_id").value(nullValue()))
                .andExpect(jsonPath("$.reblog").value(nullValue()))
                .andExpect(jsonPath("$.edited_at").value(nullValue()))
                .andExpect(jsonPath("$.favourited").value(false))
                .andExpect(jsonPath("$.bookmarked").value(false))
                .andExpect(jsonPath("$.account.id").value(Long.toString(ana.id())))
                .andExpect(jsonPath("$.account.acct").value(ana.username()))
                .andExpect(jsonPath("$.account.display_name").value(ana.displayName()))
                .andExpect(jsonPath("$.account.avatar").isString())
                .andExpect(jsonPath("$.account.avatar_static").isString())
                .andExpect(jsonPath("$.account.locked").value(false))
                .andExpect(jsonPath("$.account.bot").value(false))
                .andExpect(jsonPath("$.account.fields").isArray())
                .andExpect(jsonPath("$.account.followers_count").isNumber())
                .andExpect(jsonPath("$.account.source").doesNotExist());

        String reply = create(ben.session(), "{\"status\": \"reply\", \"in_reply_to_id\": \"" + id + "\"}");
        mvc.perform(get("/api/v1/statuses/" + reply).session(ben.session()))
                .andExpect(jsonPath("$.in_reply_to_account_id").value(Long.toString(ana.id())));
    }

    @Test
    void aFormBodyWithMediaIdsAndAnIdempotencyKeyMakesOneStatus() throws Exception {
        String mediaId = JsonPath.read(
                mvc.perform(multipart("/api/v2/media")
                                .file(new MockMultipartFile("file", "photo.png", "image/png", TestImages.png(40, 20)))
                                .param("description", "A whiteboard with our plan")
                                .session(ana.session())
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.type").value("image"))
                        .andExpect(jsonPath("$.url").isString())
                        .andExpect(jsonPath("$.preview_url").isString())
                        .andExpect(jsonPath("$.description").value("A whiteboard with our plan"))
                        .andExpect(jsonPath("$.meta.original.width").value(40))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/media/" + mediaId).session(ben.session())).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/media/" + mediaId)
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("description", "Our plan on a whiteboard"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Our plan on a whiteboard"));

        String first = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(ana.session())
                                .with(csrf())
                                .header("Idempotency-Key", "key-" + ana.id())
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .param("status", "Planning day")
                                .param("visibility", "unlisted")
                                .param("media_ids[]", mediaId))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.visibility").value("unlisted"))
                        .andExpect(jsonPath("$.media_attachments[0].id").value(mediaId))
                        .andExpect(
                                jsonPath("$.media_attachments[0].description").value("Our plan on a whiteboard"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/statuses")
                        .session(ana.session())
                        .with(csrf())
                        .header("Idempotency-Key", "key-" + ana.id())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("status", "Planning day")
                        .param("visibility", "unlisted")
                        .param("media_ids[]", mediaId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/statuses").session(ana.session()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(first));
        mvc.perform(get("/api/v1/accounts/" + ana.id() + "/statuses").param("only_media", "true"))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theGuardRefusesAFormPostWith422UntilConfirmedAndPrivateStatusesAre404ForOutsiders() throws Exception {
        mvc.perform(post("/api/v1/statuses")
                        .session(ana.session())
                        .with(csrf())
                        .header("Idempotency-Key", "guard-" + ana.id())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("status", "my client Maria, 15, lives at 42 Elm Street"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error", containsString("This text may identify a client:")));
        mvc.perform(post("/api/v1/statuses")
                        .session(ana.session())
                        .with(csrf())
                        .header("Idempotency-Key", "guard-" + ana.id())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("status", "my client Maria, 15, lives at 42 Elm Street")
                        .param("visibility", "private")
                        .param("confidentiality_confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("private"));

        String connectionsOnly =
                create(ana.session(), "{\"status\": \"for connections\", \"visibility\": \"private\"}");
        mvc.perform(get("/api/v1/statuses/" + connectionsOnly).session(ben.session()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").isString());
        mvc.perform(get("/api/v1/statuses/" + connectionsOnly + "/context").session(ben.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/statuses/" + connectionsOnly + "/favourited_by")
                        .session(ben.session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/statuses/" + connectionsOnly + "/favourite")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/statuses")
                        .session(ana.session())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"x\", \"visibility\": \"everyone\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void favouritedByRebloggedByAndFavouritesPageWithLinks() throws Exception {
        String id = create(ana.session(), "{\"status\": \"Worth sharing\"}");
        mvc.perform(post("/api/v1/statuses/" + id + "/favourite")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/statuses/" + id + "/reblog")
                        .session(ben.session())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reblog.id").value(id))
                .andExpect(jsonPath("$.account.id").value(Long.toString(ben.id())));
        mvc.perform(get("/api/v1/statuses/" + id + "/favourited_by"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(Long.toString(ben.id())))
                .andExpect(jsonPath("$[0].username").value(ben.username()));
        mvc.perform(get("/api/v1/statuses/" + id + "/reblogged_by"))
                .andExpect(jsonPath("$[0].id").value(Long.toString(ben.id())));
        mvc.perform(get("/api/v1/favourites").session(ben.session()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(header().string("Link", containsString("min_id=" + id)));
        mvc.perform(delete("/api/v1/statuses/" + id).session(ana.session()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Worth sharing"));
        mvc.perform(get("/api/v1/favourites")).andExpect(status().isUnauthorized());
    }

    private String create(MockHttpSession session, String json) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(session)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }
}
