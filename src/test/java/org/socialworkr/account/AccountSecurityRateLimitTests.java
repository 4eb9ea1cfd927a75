package org.socialworkr.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** An open session must not become a way to guess the account's password. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "socialworkr.rate-limits.enabled=true",
            "socialworkr.rate-limits.limits.password-check-per-account.attempts=3",
            "socialworkr.rate-limits.limits.password-check-per-account.period=15m"
        })
class AccountSecurityRateLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void passwordChecksInTheSettingsAreLimitedPerAccount() throws Exception {
        var member = accounts.create("pwguess");
        MockHttpSession session = accounts.login(mvc, member);
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(post("/settings/password")
                            .session(session)
                            .param("currentPassword", "guess " + attempt)
                            .param("newPassword", "a fresh passphrase for settings")
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("That is not your current password.")));
        }
        mvc.perform(post("/settings/email")
                        .session(session)
                        .param("email", "elsewhere-" + member.email())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many attempts.")));

        var other = accounts.create("pwother");
        mvc.perform(post("/settings/password")
                        .session(accounts.login(mvc, other))
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "a fresh passphrase for settings")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
