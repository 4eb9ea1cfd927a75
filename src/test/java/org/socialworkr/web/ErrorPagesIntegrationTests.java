package org.socialworkr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What goes wrong is answered plainly: an HTML page for people, JSON for programs, never a stack trace. */
@IntegrationTest
class ErrorPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void anUnknownPageIsTheHtmlNotFoundPage() throws Exception {
        MockHttpSession member = accounts.login(mvc, accounts.create("errors"));

        MockHttpServletResponse response = mvc.perform(
                        get("/no-such-page/anywhere").session(member).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString())
                .contains("<main", "Page not found", "href=\"/\"")
                .doesNotContain("Exception", "Whitelabel", "at org.");
    }

    @Test
    void anUnknownPageAsksAVisitorToLogInFirst() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }

    @Test
    void anUnknownApiPathOfAMemberIsAJsonNotFound() throws Exception {
        MockHttpSession member = accounts.login(mvc, accounts.create("errors"));

        mvc.perform(get("/api/v1/whatever").session(member).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error", Matchers.not(Matchers.emptyOrNullString())))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist());
    }

    @Test
    void anUnknownApiPathAskedForWithoutJsonIsStillJson() throws Exception {
        MockHttpSession member = accounts.login(mvc, accounts.create("errors"));

        mvc.perform(get("/api/v1/whatever").session(member))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").isString());
    }

    @Test
    void theApiWithoutCredentialsIsAJsonUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/whatever").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").isString());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        MockHttpSession member = accounts.login(mvc, accounts.create("errors"));

        mvc.perform(post("/logout").session(member)).andExpect(status().isForbidden());
        mvc.perform(post("/signup").param("username", "nocsrf").param("email", "nocsrf@example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "nobody").param("password", "whatever"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormPostWithTheTokenIsAccepted() throws Exception {
        MockHttpSession member = accounts.login(mvc, accounts.create("errors"));

        mvc.perform(post("/logout").session(member).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void healthIsUpForLoadBalancers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theOpenApiDescriptionIsPublicJson() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi", Matchers.startsWith("3.")));
    }
}
