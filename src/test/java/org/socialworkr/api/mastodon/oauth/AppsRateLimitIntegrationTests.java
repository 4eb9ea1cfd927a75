package org.socialworkr.api.mastodon.oauth;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Registering client apps is limited per address, like signing up: a flood of apps is refused with 429. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "socialworkr.rate-limits.enabled=true",
            "socialworkr.rate-limits.limits.apps-per-address.attempts=2",
            "socialworkr.rate-limits.limits.apps-per-address.period=1h"
        })
class AppsRateLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void registrationsFromOneAddressAreLimitedAndOthersAreNot() throws Exception {
        mvc.perform(register(
                        "192.0.2.91", "{\"client_name\": \"First\", \"redirect_uris\": \"urn:ietf:wg:oauth:2.0:oob\"}"))
                .andExpect(status().isOk());
        // A refused registration counts too: probing costs as much as registering.
        mvc.perform(register("192.0.2.91", "{\"client_name\": \"\", \"redirect_uris\": \"urn:ietf:wg:oauth:2.0:oob\"}"))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(register(
                        "192.0.2.91", "{\"client_name\": \"Third\", \"redirect_uris\": \"urn:ietf:wg:oauth:2.0:oob\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("Too many attempts. Wait a few minutes and try again."))
                .andExpect(jsonPath("$.client_id").doesNotExist())
                .andExpect(header().exists("X-RateLimit-Limit"))
                .andExpect(header().exists("X-RateLimit-Remaining"))
                .andExpect(header().exists("X-RateLimit-Reset"));
        mvc.perform(post("/api/v1/apps")
                        .param("client_name", "Form")
                        .param("redirect_uris", "urn:ietf:wg:oauth:2.0:oob")
                        .with(from("192.0.2.91")))
                .andExpect(status().isTooManyRequests());

        mvc.perform(register(
                        "192.0.2.92",
                        "{\"client_name\": \"Elsewhere\", \"redirect_uris\": \"urn:ietf:wg:oauth:2.0:oob\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.client_id").isString());
    }

    private static MockHttpServletRequestBuilder register(String address, String json) {
        return post("/api/v1/apps")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
