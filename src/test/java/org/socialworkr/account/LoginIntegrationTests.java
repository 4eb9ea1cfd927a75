package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.Outbox;
import org.socialworkr.test.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void logsInWithUsernameOrEmailInAnyCase() throws Exception {
        var member = accounts.create("login");
        mvc.perform(login(member.username().toUpperCase(), TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(login(" " + member.email() + " ", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() throws Exception {
        var member = accounts.create("wrongpw");
        mvc.perform(login(member.username(), "not the password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("nobody_" + member.username(), "not the password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSuspendedAccountLooksUnknownUntilTheRightPasswordIsGiven() throws Exception {
        var member = accounts.create("suspended");
        jdbc.sql("update accounts set status = 'SUSPENDED' where id = :id")
                .param("id", member.id())
                .update();

        mvc.perform(login(member.username(), "not the password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(member.username(), TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?suspended"));
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() throws Exception {
        var member = accounts.create("session");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        mvc.perform(login(member.username(), TestAccounts.PASSWORD).session(session));
        assertThat(session.getId()).isNotEqualTo(before);

        mvc.perform(get("/settings").session(session))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?loggedOut"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void pagesNeedALoginAndComeBackAfterIt() throws Exception {
        var member = accounts.create("comeback");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/settings").session(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(login(member.username(), TestAccounts.PASSWORD).session(session))
                .andExpect(redirectedUrl("http://localhost/settings?continue"));
    }

    @Test
    void passwordResetByMail() throws Exception {
        var member = accounts.create("reset");
        mvc.perform(post("/password/forgot").param("email", member.email()).with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        mvc.perform(post("/password/forgot")
                        .param("email", "nobody-" + member.email())
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"));

        String token = outbox.latest(member.email()).token();
        String newPassword = "a brand new passphrase";
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "short")
                        .with(csrf()))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("at least 10 characters"));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", newPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(login(member.username(), TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(member.username(), newPassword)).andExpect(redirectedUrl("/"));
        mvc.perform(post("/password/reset")
                        .param("token", token)
                        .param("password", "yet another passphrase")
                        .with(csrf()))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isEqualTo(400));
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String username, String password) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf());
    }
}
