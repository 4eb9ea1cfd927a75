package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Password, email address and sessions, changed by the member from the settings pages. */
@IntegrationTest
class SettingsIntegrationTests {

    static final String NEW_PASSWORD = "a fresh passphrase for settings";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void settingsNeedALoginAndShowTheMembersOwnAddress() throws Exception {
        TestAccount member = accounts.create("settings");
        mvc.perform(get("/settings").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));

        MockHttpSession session = accounts.login(mvc, member);
        mvc.perform(get("/settings").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.email())))
                .andExpect(content().string(containsString("action=\"/settings/log-out-everywhere\"")));
        mvc.perform(get("/settings/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>")))
                .andExpect(content().string(containsString("autocomplete=\"current-password\"")));
        mvc.perform(get("/settings/email").session(session)).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordIsAFormErrorAndChangesNothing() throws Exception {
        TestAccount member = accounts.create("wrongcurrent");
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(changePassword(session, "not my password", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))))
                .andExpect(content().string(not(containsString("not my password"))));
        mvc.perform(changePassword(session, TestAccounts.PASSWORD, "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 10 characters")));

        assertLoggedIn(session);
        mvc.perform(LoginIntegrationTests.login(member.username(), TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(outbox.count(member.email())).isZero();
    }

    @Test
    void aNewPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        TestAccount member = accounts.create("newpassword");
        MockHttpSession here = accounts.login(mvc, member);
        MockHttpSession elsewhere = accounts.login(mvc, member);
        String idBefore = here.getId();

        mvc.perform(changePassword(here, TestAccounts.PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/settings"));

        assertThat(here.getId()).isNotEqualTo(idBefore);
        mvc.perform(get("/settings").session(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your password was changed.")));
        assertLoggedOut(elsewhere);
        mvc.perform(LoginIntegrationTests.login(member.username(), TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(LoginIntegrationTests.login(member.username(), NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(outbox.latest(member.email()).subject()).contains("password was changed");
    }

    @Test
    void aNewAddressIsUsedOnceItsOwnerFollowsTheLink() throws Exception {
        TestAccount member = accounts.create("newaddress");
        String newEmail = TestAccounts.uniqueUsername("moved") + "@example.net";
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(requestEmailChange(session, " " + newEmail.toUpperCase() + " ", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/settings"));
        mvc.perform(get("/settings").session(session))
                .andExpect(content().string(containsString("Check your new address")))
                .andExpect(content().string(containsString(member.email())));

        Outbox.Mail mail = outbox.latest(newEmail);
        assertThat(mail.body()).contains("/settings/email/confirm?token=");
        String token = mail.token();
        mvc.perform(get("/settings/email/confirm").param("token", token).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/settings/email/confirm\"")));
        mvc.perform(post("/settings/email/confirm")
                        .param("token", token)
                        .session(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/settings"));

        mvc.perform(get("/settings").session(session))
                .andExpect(content().string(containsString(newEmail)))
                .andExpect(content().string(containsString("Your email address was changed.")));
        assertThat(outbox.latest(member.email()).body()).contains(newEmail);
        mvc.perform(LoginIntegrationTests.login(newEmail, TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/settings/email/confirm")
                        .param("token", token)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theLinkWorksWithoutALoginToo() throws Exception {
        TestAccount member = accounts.create("linkonphone");
        String newEmail = TestAccounts.uniqueUsername("phone") + "@example.net";
        mvc.perform(requestEmailChange(accounts.login(mvc, member), newEmail, TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/settings"));
        String token = outbox.latest(newEmail).token();

        mvc.perform(get("/settings/email/confirm").param("token", token)).andExpect(status().isOk());
        mvc.perform(post("/settings/email/confirm").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/login"));
        assertThat(emailOf(member)).isEqualTo(newEmail);
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerAndNoMail() throws Exception {
        TestAccount member = accounts.create("wantstaken");
        TestAccount other = accounts.create("hasaddress");
        int mailsBefore = outbox.count(other.email());
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(requestEmailChange(session, other.email(), TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/settings"));
        mvc.perform(get("/settings").session(session))
                .andExpect(content().string(containsString("Check your new address")));

        assertThat(outbox.count(other.email())).isEqualTo(mailsBefore);
        assertThat(emailOf(member)).isEqualTo(member.email());
    }

    @Test
    void anAddressTakenBeforeTheLinkIsFollowedIsRefused() throws Exception {
        TestAccount member = accounts.create("slowclick");
        TestAccount quicker = accounts.create("quicker");
        String newEmail = TestAccounts.uniqueUsername("contested") + "@example.net";
        MockHttpSession session = accounts.login(mvc, member);
        mvc.perform(requestEmailChange(session, newEmail, TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/settings"));
        String token = outbox.latest(newEmail).token();
        jdbc.sql("update accounts set email = :email where id = :id")
                .param("email", newEmail)
                .param("id", quicker.id())
                .update();

        mvc.perform(post("/settings/email/confirm")
                        .param("token", token)
                        .session(session)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("belongs to another account")));
        assertThat(emailOf(member)).isEqualTo(member.email());
    }

    @Test
    void anEmailChangeNeedsTheCurrentPasswordAndANewAddress() throws Exception {
        TestAccount member = accounts.create("emailcheck");
        String newEmail = TestAccounts.uniqueUsername("unsent") + "@example.net";
        MockHttpSession session = accounts.login(mvc, member);

        mvc.perform(requestEmailChange(session, newEmail, "not my password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")))
                .andExpect(content().string(containsString(newEmail)));
        mvc.perform(requestEmailChange(session, member.email(), TestAccounts.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already your email address")));
        mvc.perform(requestEmailChange(session, "not an address", TestAccounts.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an email address")));

        assertThat(outbox.count(newEmail)).isZero();
    }

    @Test
    void logOutEverywhereEndsEverySessionThisOneIncluded() throws Exception {
        TestAccount member = accounts.create("everywhere");
        MockHttpSession here = accounts.login(mvc, member);
        MockHttpSession elsewhere = accounts.login(mvc, member);
        assertLoggedIn(here);
        assertLoggedIn(elsewhere);

        mvc.perform(post("/settings/log-out-everywhere").session(here).with(csrf()))
                .andExpect(redirectedUrl("/login?loggedOutEverywhere"));

        assertThat(here.isInvalid()).isTrue();
        assertLoggedOut(elsewhere);
        mvc.perform(get("/login").param("loggedOutEverywhere", ""))
                .andExpect(content().string(containsString("logged out on every device")));
        assertLoggedIn(accounts.login(mvc, member));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
            MockHttpSession session, String currentPassword, String newPassword) {
        return post("/settings/password")
                .session(session)
                .param("currentPassword", currentPassword)
                .param("newPassword", newPassword)
                .with(csrf());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder requestEmailChange(
            MockHttpSession session, String email, String currentPassword) {
        return post("/settings/email")
                .session(session)
                .param("email", email)
                .param("currentPassword", currentPassword)
                .with(csrf());
    }

    private String emailOf(TestAccount member) {
        return jdbc.sql("select email from accounts where id = :id")
                .param("id", member.id())
                .query(String.class)
                .single();
    }

    void assertLoggedIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/settings").session(session)).andExpect(status().isOk());
    }

    void assertLoggedOut(MockHttpSession session) throws Exception {
        mvc.perform(get("/settings").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }
}
