package org.socialworkr.api.mastodon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.connection.Connections;
import org.socialworkr.post.PostDraft;
import org.socialworkr.post.PostVisibility;
import org.socialworkr.post.Posts;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Mastodon timelines: home, public, tag, bookmarks and favourites, paged with Link headers. */
@IntegrationTest
class MastodonTimelinesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Connections connections;

    @Autowired
    Posts posts;

    @Test
    void theHomeTimelinePagesWithMaxSinceAndMinIdAndLinkHeaders() throws Exception {
        TestAccount viewer = accounts.create("tapi");
        TestAccount author = accounts.create("tapiauthor");
        connections.follow(viewer.id(), author.id());
        long older = posts.publish(author.id(), draft("hidden from followers", PostVisibility.CONNECTIONS));
        long first = posts.publish(author.id(), draft("first", PostVisibility.MEMBERS));
        long second = posts.publish(author.id(), draft("second", PostVisibility.PUBLIC));
        MockHttpSession session = accounts.login(mvc, viewer);

        mvc.perform(get("/api/v1/timelines/home?limit=1").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(second)))
                .andExpect(jsonPath("$[0].visibility").value("public"))
                .andExpect(jsonPath("$[0].content", containsString("<p>second</p>")))
                .andExpect(jsonPath("$[0].account.username").value(author.username()))
                .andExpect(header().string("Link", containsString("max_id=" + second + ">; rel=\"next\"")))
                .andExpect(header().string("Link", containsString("min_id=" + second + ">; rel=\"prev\"")))
                .andExpect(header().string("Link", containsString("limit=1")));
        mvc.perform(get("/api/v1/timelines/home")
                        .param("max_id", Long.toString(second))
                        .session(session))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(first)))
                .andExpect(jsonPath("$[0].visibility").value("unlisted"))
                .andExpect(header().string("Link", not(containsString("rel=\"next\""))));
        mvc.perform(get("/api/v1/timelines/home")
                        .param("since_id", Long.toString(first))
                        .session(session))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(second)));
        mvc.perform(get("/api/v1/timelines/home")
                        .param("min_id", Long.toString(second))
                        .session(session))
                .andExpect(jsonPath("$", hasSize(0)))
                .andExpect(header().doesNotExist("Link"));
        assertThat(older).isLessThan(first);
    }

    @Test
    void visitorsGetNoHomePublicBookmarksOrFavouritesButMayReadATag() throws Exception {
        TestAccount author = accounts.create("tvisit");
        String tag = "visit" + author.id();
        long tagged = posts.publish(author.id(), draft("On #" + tag, PostVisibility.PUBLIC));
        posts.publish(author.id(), draft("Members on #" + tag, PostVisibility.MEMBERS));
        for (String path : new String[] {
            "/api/v1/timelines/home", "/api/v1/timelines/public", "/api/v1/bookmarks", "/api/v1/favourites"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error").isString());
        }
        mvc.perform(get("/api/v1/timelines/tag/" + tag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(tagged)))
                .andExpect(jsonPath("$[0].tags[0].name").value(tag));
        mvc.perform(get("/api/v1/timelines/tag/" + tag).session(accounts.login(mvc, accounts.create("tmember"))))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void thePublicTimelineWithLocalAndBookmarksPage() throws Exception {
        TestAccount viewer = accounts.create("tpublic");
        TestAccount stranger = accounts.create("tpstranger");
        long open = posts.publish(stranger.id(), draft("open to all", PostVisibility.PUBLIC));
        long membersOnly = posts.publish(stranger.id(), draft("members only", PostVisibility.MEMBERS));
        MockHttpSession session = accounts.login(mvc, viewer);

        mvc.perform(get("/api/v1/timelines/public").param("local", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(Long.toString(open)));
        for (long id : new long[] {open, membersOnly}) {
            mvc.perform(post("/api/v1/statuses/" + id + "/bookmark")
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/bookmarks").param("limit", "1").session(session))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(membersOnly)))
                .andExpect(header().string("Link", containsString("max_id=" + membersOnly)));
        mvc.perform(get("/api/v1/bookmarks")
                        .param("max_id", Long.toString(membersOnly))
                        .session(session))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(Long.toString(open)));
    }

    private static PostDraft draft(String text, PostVisibility visibility) {
        return new PostDraft(text, null, visibility, null, null, null, false);
    }
}
