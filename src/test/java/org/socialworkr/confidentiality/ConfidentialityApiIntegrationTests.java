package org.socialworkr.confidentiality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The check endpoint as the post form calls it: members only, findings with offsets, bad input refused as JSON. */
@IntegrationTest
class ConfidentialityApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    MockHttpSession member;

    @BeforeEach
    void logIn() throws Exception {
        member = accounts.login(mvc, accounts.create("guard"));
    }

    @Test
    void aTextThatNamesAClientComesBackWithItsFindings() throws Exception {
        String text = "Update: my client Maria, 15, lives at 42 Elm Street. Call our hotline 1-800-799-7233.";

        mvc.perform(check(text).session(member))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings", hasSize(2)))
                .andExpect(jsonPath("$.findings[0].kind").value("client_name"))
                .andExpect(jsonPath("$.findings[0].start").value(text.indexOf("Maria")))
                .andExpect(jsonPath("$.findings[0].end").value(text.indexOf(", lives")))
                .andExpect(jsonPath("$.findings[0].message").value(containsString("name")))
                .andExpect(jsonPath("$.findings[1].kind").value("street_address"))
                .andExpect(jsonPath("$.findings[1].start").value(text.indexOf("42")))
                .andExpect(jsonPath("$.findings[1].end").value(text.indexOf(". Call")));
    }

    @Test
    void aCleanTextHasNoFindings() throws Exception {
        mvc.perform(check("As Brené Brown writes, see you at the NASW conference on June 12, 2026!")
                        .session(member))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings", hasSize(0)));
    }

    @Test
    void visitorsAreAskedToLogIn() throws Exception {
        mvc.perform(check("my client Maria, 15"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void anOversizedTextIsRefusedWithAReason() throws Exception {
        String text = "a".repeat(ConfidentialityGuard.MAX_TEXT_LENGTH + 1);

        mvc.perform(check(text).session(member))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value(containsString("20000")));
    }

    @Test
    void aTextOfTheMaximumLengthIsChecked() throws Exception {
        String text = "x ".repeat(ConfidentialityGuard.MAX_TEXT_LENGTH / 2 - 10) + "SSN 123-45-6789";

        mvc.perform(check(text).session(member))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].kind").value("ssn"));
    }

    @Test
    void aMissingTextIsRefused() throws Exception {
        mvc.perform(post("/api/v1/confidentiality/check")
                        .session(member)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value(containsString("text")));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/confidentiality/check")
                        .session(member)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"unterminated"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void aRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/v1/confidentiality/check")
                        .session(member)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"hello\"}"))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder check(String text) {
        return post("/api/v1/confidentiality/check")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(java.util.Map.of("text", text)));
    }
}
