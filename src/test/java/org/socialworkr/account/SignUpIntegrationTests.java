package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignUpIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signUpConfirmAndLogIn() throws Exception {
        String username = TestAccounts.uniqueUsername("maria");
        String email = username + "@agency.example.org";

        mvc.perform(signUp(username, email, "Maria Lopez, LCSW"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signup/done"));
        assertThat(accountStatus(username)).isEqualTo("PENDING");

        mvc.perform(login(username)).andExpect(redirectedUrl("/login?unconfirmed"));

        Outbox.Mail mail = outbox.latest(email);
        assertThat(mail.body()).contains("http://localhost/signup/confirm?token=");
        mvc.perform(get("/signup/confirm").param("token", mail.token()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm my email address")));
        assertThat(accountStatus(username))
                .as("a GET must not confirm: mail scanners follow links")
                .isEqualTo("PENDING");

        mvc.perform(post("/signup/confirm").param("token", mail.token()).with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));
        assertThat(accountStatus(username)).isEqualTo("ACTIVE");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(username).session(session)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Welcome, Maria Lopez, LCSW")));
    }

    @Test
    void aConfirmationLinkWorksOnce() throws Exception {
        String username = TestAccounts.uniqueUsername("once");
        mvc.perform(signUp(username, username + "@example.org", "Once"));
        String token = outbox.latest(username + "@example.org").token();

        mvc.perform(post("/signup/confirm").param("token", token).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/signup/confirm").param("token", token).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not valid any more")));
        mvc.perform(post("/signup/confirm").param("token", "forged").with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void invalidInputIsExplainedAndKeptExceptThePassword() throws Exception {
        mvc.perform(post("/signup")
                        .param("username", "no spaces allowed")
                        .param("email", "not-an-email")
                        .param("password", "short")
                        .param("displayName", "")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username", "email", "password", "displayName"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Use only letters, digits and underscores")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"not-an-email\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("value=\"short\""))));
    }

    @Test
    void aTakenUsernameIsSaidButATakenEmailIsNot() throws Exception {
        String first = TestAccounts.uniqueUsername("first");
        String email = first + "@example.org";
        mvc.perform(signUp(first, email, "First")).andExpect(redirectedUrl("/signup/done"));

        mvc.perform(signUp(first.toUpperCase(), "other-" + email, "Copy"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username"));

        String second = TestAccounts.uniqueUsername("second");
        // The same answer as for a new address, so nobody learns who is a member.
        mvc.perform(signUp(second, email.toUpperCase(), "Second")).andExpect(redirectedUrl("/signup/done"));
        assertThat(jdbc.sql("select count(*) from accounts where username = :u")
                        .param("u", second)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(outbox.latest(email).subject()).contains("Someone tried to sign up");
    }

    @Test
    void reservedUsernamesAreRefused() throws Exception {
        mvc.perform(signUp("admin", TestAccounts.uniqueUsername("x") + "@example.org", "Not the admin"))
                .andExpect(model().attributeHasFieldErrors("form", "username"));
    }

    private String accountStatus(String username) {
        return jdbc.sql("select status from accounts where username = :username")
                .param("username", username)
                .query(String.class)
                .single();
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signUp(
            String username, String email, String displayName) {
        return post("/signup")
                .param("username", username)
                .param("email", email)
                .param("password", TestAccounts.PASSWORD)
                .param("displayName", displayName)
                .with(csrf());
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String username) {
        return post("/login")
                .param("username", username)
                .param("password", TestAccounts.PASSWORD)
                .with(csrf());
    }
}
