package org.socialworkr.api.mastodon;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.group.GroupForm;
import org.socialworkr.group.GroupKind;
import org.socialworkr.group.GroupPrivacy;
import org.socialworkr.group.Groups;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** SocialWorkr's groups through the Mastodon API: {@code group_id} on a new status and the group timeline. */
@IntegrationTest
class MastodonGroupsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Groups groups;

    @Test
    void membersPostToAPrivateGroupAndOnlyMembersReadItsTimeline() throws Exception {
        TestAccount owner = accounts.create("gowner");
        TestAccount outsider = accounts.create("goutsider");
        long groupId = groups.create(owner.id(), form("Child welfare " + owner.id(), "cw-" + owner.id()))
                .id();
        MockHttpSession ownerSession = accounts.login(mvc, owner);
        MockHttpSession outsiderSession = accounts.login(mvc, outsider);

        String first = create(ownerSession, "{\"status\": \"Welcome\", \"group_id\": \"" + groupId + "\"}");
        String second = JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(ownerSession)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .param("status", "Agenda for Monday")
                                .param("visibility", "public")
                                .param("group_id", Long.toString(groupId)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.visibility").value("group"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/api/v1/timelines/group/" + groupId)
                        .param("limit", "1")
                        .session(ownerSession))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(header().string("Link", containsString("max_id=" + second)));
        mvc.perform(get("/api/v1/timelines/group/" + groupId)
                        .param("max_id", second)
                        .session(ownerSession))
                .andExpect(jsonPath("$[0].id").value(first));

        mvc.perform(get("/api/v1/timelines/group/" + groupId).session(outsiderSession))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.error").isString());
        mvc.perform(get("/api/v1/statuses/" + first).session(outsiderSession)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/statuses")
                        .session(outsiderSession)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"let me in\", \"group_id\": \"" + groupId + "\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/accounts/" + owner.id() + "/statuses").session(outsiderSession))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/accounts/" + owner.id() + "/statuses").session(ownerSession))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    private String create(MockHttpSession session, String json) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/statuses")
                                .session(session)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.visibility").value("group"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private static GroupForm form(String name, String slug) {
        return new GroupForm(name, slug, "", GroupKind.TOPIC, GroupPrivacy.PRIVATE, Set.of(), "", "", List.of());
    }
}
