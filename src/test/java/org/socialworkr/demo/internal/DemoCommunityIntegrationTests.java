package org.socialworkr.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoCommunityIntegrationTests {

    @Autowired
    DemoCommunity community;

    @Autowired
    DemoProperties properties;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheCommunityOnceWithProfilesAndWorkingLogins() throws Exception {
        community.load();
        assertThat(community.load()).as("a second start adds nobody").isZero();
        assertThat(jdbc.sql("select count(*) from accounts where email like '%@demo.socialworkr.invalid'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(DemoMembers.ALL.size());
        assertThat(jdbc.sql("select count(*) from first_administrator a join accounts m on m.id = a.account_id "
                                + "where m.email like '%@demo.socialworkr.invalid'")
                        .query(Integer.class)
                        .single())
                .as("administration stays with the first real member")
                .isZero();

        assertThat(jdbc.sql("select count(*) from posts p join accounts a on a.id = p.author_id "
                                + "where a.email like '%@demo.socialworkr.invalid'")
                        .query(Integer.class)
                        .single())
                .as("the demo posts pass the confidentiality guard without anyone confirming")
                .isEqualTo(DemoConversations.POSTS.size()
                        + DemoGroups.ALL.stream()
                                .mapToInt(group -> group.posts().size())
                                .sum());
        mvc.perform(get("/tags/childwelfare"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("reflective supervision circle")));
        assertThat(jdbc.sql("select count(*) from community_groups g join accounts a on a.id = g.created_by "
                                + "where a.email like '%@demo.socialworkr.invalid'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(DemoGroups.ALL.size());
        mvc.perform(get("/groups/child-welfare"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ten-minute debrief")));
        mvc.perform(get("/groups/dbt-pacific-northwest"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Diary cards on paper"))));
        mvc.perform(get("/groups/supervisors-circle")).andExpect(status().isNotFound());
        mvc.perform(get("/@maria_lopez"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Child welfare supervisor")));
        mvc.perform(post("/login")
                        .param("username", "daniel_reyes")
                        .param("password", properties.password())
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }
}
