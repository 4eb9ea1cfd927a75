package org.socialworkr.moderation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Instant;
import org.socialworkr.account.AccountRole;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Staff members with two-factor login on, logged in through both steps of the real login. */
final class StaffLogins {

    private final MockMvc mvc;
    private final TestAccounts accounts;

    StaffLogins(MockMvc mvc, TestAccounts accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    record Staff(TestAccount account, MockHttpSession session) {

        long id() {
            return account.id();
        }

        String username() {
            return account.username();
        }
    }

    /** A member with the roles and two-factor login on, logged in with a code from their "app". */
    Staff withTwoFactor(String prefix, AccountRole... roles) throws Exception {
        TestAccount account = accounts.create(prefix, roles);
        String secret = new DefaultSecretGenerator(32).generate();
        accounts.enableTwoFactor(account, secret);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .session(session)
                        .param("username", account.username())
                        .param("password", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login/two-factor"));
        String code = new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        mvc.perform(post("/login/two-factor")
                        .session(session)
                        .param("code", code)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        return new Staff(account, session);
    }

    /** A member with the roles but without two-factor login, logged in with the password alone. */
    Staff withoutTwoFactor(String prefix, AccountRole... roles) throws Exception {
        TestAccount account = accounts.create(prefix, roles);
        return new Staff(account, accounts.login(mvc, account));
    }
}
