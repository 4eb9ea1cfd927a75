package org.socialworkr.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@TestPropertySource(
        properties = {
            "socialworkr.rate-limits.enabled=true",
            "socialworkr.rate-limits.limits.login-per-account.attempts=3",
            "socialworkr.rate-limits.limits.sign-up-per-address.attempts=2"
        })
class RateLimitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void guessingOnePasswordIsStoppedEvenWithTheRightPasswordAfterwards() throws Exception {
        var member = accounts.create("guessed");
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(LoginIntegrationTests.login(member.username(), "guess " + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(LoginIntegrationTests.login(member.username(), TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?limited"));
    }

    @Test
    void signUpsFromOneAddressAreLimited() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            String username = TestAccounts.uniqueUsername("flood");
            mvc.perform(SignUpIntegrationTests.signUp(username, username + "@example.org", "Flood")
                            .with(request -> {
                                request.setRemoteAddr("192.0.2.77");
                                return request;
                            }))
                    .andExpect(redirectedUrl("/signup/done"));
        }
        String username = TestAccounts.uniqueUsername("flood");
        mvc.perform(post("/signup")
                        .param("username", username)
                        .param("email", username + "@example.org")
                        .param("password", TestAccounts.PASSWORD)
                        .param("displayName", "Flood")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.77");
                            return request;
                        }))
                .andExpect(status().isTooManyRequests());
    }
}
