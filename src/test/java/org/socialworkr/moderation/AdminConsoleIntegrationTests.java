package org.socialworkr.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialworkr.account.AccountRole;
import org.socialworkr.mail.MailOutbox;
import org.socialworkr.mail.Mailer;
import org.socialworkr.mail.OutgoingMail;
import org.socialworkr.moderation.StaffLogins.Staff;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The admin console as administrators, moderators, members and visitors meet it. */
@IntegrationTest
class AdminConsoleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    StaffLogins staff;

    @BeforeEach
    void setUp() {
        staff = new StaffLogins(mvc, accounts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/members", "/admin/audit", "/admin/outbox", "/admin/outbox/1"})
    void visitorsAreSentToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/members", "/admin/audit", "/admin/outbox", "/admin/outbox/1"})
    void membersWithoutARoleAreRefused(String path) throws Exception {
        MockHttpSession member = accounts.login(mvc, accounts.create("plain"));

        mvc.perform(get(path).session(member))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("/settings/two-factor\""))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/members", "/admin/audit", "/admin/outbox", "/admin/outbox/1"})
    void administratorsWithoutTwoFactorLoginAreToldToTurnItOn(String path) throws Exception {
        Staff admin = staff.withoutTwoFactor("admno2fa", AccountRole.ADMINISTRATOR);

        mvc.perform(get(path).session(admin.session()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Turn on two-factor login first")))
                .andExpect(content().string(containsString("href=\"/settings/two-factor\"")))
                .andExpect(content().string(containsString(admin.account().displayName())));
    }

    @Test
    void moderatorsWithoutTwoFactorLoginAreToldToTurnItOn() throws Exception {
        Staff moderator = staff.withoutTwoFactor("modno2fa", AccountRole.MODERATOR);

        mvc.perform(get("/admin/members").session(moderator.session()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("href=\"/settings/two-factor\"")));
    }

    @Test
    void administratorsWithTwoFactorLoginSeeEveryPartOfTheConsole() throws Exception {
        Staff admin = staff.withTwoFactor("admin", AccountRole.ADMINISTRATOR);

        mvc.perform(get("/admin").session(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/members\"")))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")))
                .andExpect(content().string(containsString("href=\"/admin/outbox\"")));
        for (String path : List.of("/admin/members", "/admin/audit", "/admin/outbox")) {
            mvc.perform(get(path).session(admin.session())).andExpect(status().isOk());
        }
    }

    @Test
    void moderatorsMayListMembersButNotChangeThem() throws Exception {
        Staff moderator = staff.withTwoFactor("mod", AccountRole.MODERATOR);
        TestAccount member = accounts.create("modseen");

        mvc.perform(get("/admin").session(moderator.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/members\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/audit\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/outbox\""))));
        mvc.perform(get("/admin/members").param("q", member.username()).session(moderator.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.username())))
                .andExpect(content().string(not(containsString("/suspend\""))));
        mvc.perform(get("/admin/audit").session(moderator.session())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").session(moderator.session())).andExpect(status().isForbidden());

        mvc.perform(post("/admin/members/{id}/suspend", member.id())
                        .session(moderator.session())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/members/{id}/grant", member.id())
                        .param("role", "MODERATOR")
                        .session(moderator.session())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(member.id())).isEqualTo("ACTIVE");
        assertThat(rolesOf(member.id())).isEmpty();
    }

    @Test
    void membersCannotSuspendAnyone() throws Exception {
        TestAccount target = accounts.create("target");
        MockHttpSession member = accounts.login(mvc, accounts.create("plainpost"));

        mvc.perform(post("/admin/members/{id}/suspend", target.id())
                        .session(member)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(target.id())).isEqualTo("ACTIVE");
    }

    @Test
    void theMemberListHasALabelledSearchAndButtonsNamedAfterTheirMember() throws Exception {
        Staff admin = staff.withTwoFactor("adminlist", AccountRole.ADMINISTRATOR);
        TestAccount member = accounts.create("listed");

        String page = mvc.perform(
                        get("/admin/members").param("q", member.username()).session(admin.session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("<label for=\"member-search\">Search members</label>")
                .contains("id=\"member-search\"")
                .contains(member.username())
                .contains(member.displayName())
                .contains("<span>Suspend</span> <span class=\"visually-hidden\">" + member.username() + "</span>")
                .contains(
                        "<span>Make moderator</span> <span class=\"visually-hidden\">" + member.username() + "</span>")
                .contains("name=\"_csrf\"");
    }

    @Test
    void theMemberListPagesByCursor() throws Exception {
        Staff admin = staff.withTwoFactor("adminpage", AccountRole.ADMINISTRATOR);
        String prefix = "pg" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        for (int i = 0; i < 52; i++) {
            accounts.create(prefix);
        }

        String first = mvc.perform(get("/admin/members").param("q", prefix).session(admin.session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rowsIn(first)).isEqualTo(50);
        long oldestShown = jdbc.sql(
                        "select id from accounts where username like :p order by id desc offset 49 rows fetch next 1 rows only")
                .param("p", prefix + "%")
                .query(Long.class)
                .single();
        assertThat(first).contains("href=\"/admin/members?q=" + prefix + "&amp;before=" + oldestShown + "\"");

        String second = mvc.perform(get("/admin/members")
                        .param("q", prefix)
                        .param("before", Long.toString(oldestShown))
                        .session(admin.session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(rowsIn(second)).isEqualTo(2);
        assertThat(second).doesNotContain("rel=\"next\"");
    }

    @Test
    void aSuspendedMemberIsLoggedOutAtOnceAndCannotLogInUntilTheSuspensionIsLifted() throws Exception {
        Staff admin = staff.withTwoFactor("adminsusp", AccountRole.ADMINISTRATOR);
        TestAccount member = accounts.create("suspended");
        MockHttpSession memberSession = accounts.login(mvc, member);
        mvc.perform(get("/admin").session(memberSession)).andExpect(status().isForbidden());

        mvc.perform(post("/admin/members/{id}/suspend", member.id())
                        .param("q", member.username())
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/members?q=" + member.username()))
                .andExpect(flash().attribute("notice", "admin.members.notice.suspended"));

        assertThat(statusOf(member.id())).isEqualTo("SUSPENDED");
        mvc.perform(get("/admin").session(memberSession).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login")
                        .param("username", member.username())
                        .param("password", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?suspended"));
        assertThat(auditRows("ACCOUNT_SUSPENDED", admin.id(), member.id())).isEqualTo(1);

        mvc.perform(post("/admin/members/{id}/unsuspend", member.id())
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("notice", "admin.members.notice.unsuspended"));
        assertThat(statusOf(member.id())).isEqualTo("ACTIVE");
        MockHttpSession again = accounts.login(mvc, member);
        mvc.perform(get("/admin").session(again)).andExpect(status().isForbidden());
        assertThat(auditRows("ACCOUNT_UNSUSPENDED", admin.id(), member.id())).isEqualTo(1);
    }

    @Test
    void administratorsCannotSuspendThemselvesNorAnotherAdministrator() throws Exception {
        Staff admin = staff.withTwoFactor("adminself", AccountRole.ADMINISTRATOR);
        TestAccount otherAdmin = accounts.create("otheradmin", AccountRole.ADMINISTRATOR);

        mvc.perform(post("/admin/members/{id}/suspend", admin.id())
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("adminError", "error.admin.cannotSuspendSelf"));
        mvc.perform(get("/admin/members").session(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot suspend your own account.")));
        mvc.perform(post("/admin/members/{id}/suspend", otherAdmin.id())
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(flash().attribute("adminError", "error.admin.cannotSuspendAdministrator"));
        mvc.perform(post("/admin/members/{id}/revoke", admin.id())
                        .param("role", "ADMINISTRATOR")
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(flash().attribute("adminError", "error.admin.cannotRevokeOwnAdministrator"));

        assertThat(statusOf(admin.id())).isEqualTo("ACTIVE");
        assertThat(statusOf(otherAdmin.id())).isEqualTo("ACTIVE");
        assertThat(rolesOf(admin.id())).containsExactly("ADMINISTRATOR");
    }

    @Test
    void administratorsGrantAndRevokeRolesAndTheChangeCountsOnTheNextRequest() throws Exception {
        Staff admin = staff.withTwoFactor("admingrant", AccountRole.ADMINISTRATOR);
        Staff member = staff.withTwoFactor("promoted");
        mvc.perform(get("/admin").session(member.session())).andExpect(status().isForbidden());

        mvc.perform(post("/admin/members/{id}/grant", member.id())
                        .param("role", "MODERATOR")
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("notice", "admin.members.notice.granted"));
        assertThat(rolesOf(member.id())).containsExactly("MODERATOR");
        mvc.perform(get("/admin/members").session(member.session())).andExpect(status().isOk());

        mvc.perform(post("/admin/members/{id}/revoke", member.id())
                        .param("role", "MODERATOR")
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "admin.members.notice.revoked"));
        assertThat(rolesOf(member.id())).isEmpty();
        mvc.perform(get("/admin/members").session(member.session())).andExpect(status().isForbidden());

        assertThat(auditDetail("ROLE_GRANTED", admin.id(), member.id())).isEqualTo("MODERATOR");
        assertThat(auditDetail("ROLE_REVOKED", admin.id(), member.id())).isEqualTo("MODERATOR");
    }

    @Test
    void anUnknownRoleIsABadRequest() throws Exception {
        Staff admin = staff.withTwoFactor("adminbad", AccountRole.ADMINISTRATOR);
        TestAccount member = accounts.create("badrole");

        mvc.perform(post("/admin/members/{id}/grant", member.id())
                        .param("role", "OWNER")
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/members/{id}/suspend", Long.MAX_VALUE)
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFailedLoginIsInTheAuditLogWithoutThePassword() throws Exception {
        Staff admin = staff.withTwoFactor("adminaudit", AccountRole.ADMINISTRATOR);
        TestAccount member = accounts.create("victim");
        String wrongPassword = "Wrong-" + System.nanoTime() + "-secret";
        long before = maxAuditId();

        mvc.perform(post("/login")
                        .param("username", member.username())
                        .param("password", wrongPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        List<String> details = jdbc.sql("select detail from audit_log where id > :id and type = 'LOGIN_FAILED'")
                .param("id", before)
                .query(String.class)
                .list();
        assertThat(details).hasSize(1);
        assertThat(details.get(0)).doesNotContain(wrongPassword).doesNotContain(member.username());
        assertThat(jdbc.sql("select count(*) from audit_log where detail like :p or client_address like :p")
                        .param("p", "%" + wrongPassword + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(get("/admin/audit").session(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Login failed")))
                .andExpect(content().string(containsString(details.get(0))))
                .andExpect(content().string(not(containsString(wrongPassword))));
    }

    @Test
    void theAuditLogNamesActorAndSubjectByUsername() throws Exception {
        Staff admin = staff.withTwoFactor("adminnames", AccountRole.ADMINISTRATOR);
        TestAccount member = accounts.create("named");
        mvc.perform(post("/admin/members/{id}/grant", member.id())
                        .param("role", "MODERATOR")
                        .session(admin.session())
                        .with(csrf()))
                .andExpect(status().isFound());

        String page = mvc.perform(get("/admin/audit").session(admin.session()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int row = page.indexOf("<td>Role granted</td>");
        assertThat(row).isPositive();
        assertThat(page.substring(row, page.indexOf("</tr>", row)))
                .contains("<td>" + admin.username() + "</td>")
                .contains("<td>" + member.username() + "</td>")
                .contains("<td>MODERATOR</td>");
    }

    @Test
    void administratorsReadTheOutboxAsPlainTextAndEachReadIsAudited() throws Exception {
        Staff admin = staff.withTwoFactor("adminmail", AccountRole.ADMINISTRATOR);
        String recipient = "outbox-" + System.nanoTime() + "@example.org";
        String body =
                "Hello,\n\nconfirm here: https://socialworkr.test/confirm?token=abc123\n<a href=\"https://evil.test\">click</a>\n";
        mailer.send(new OutgoingMail(recipient, "Confirm your address", body));
        long id = outbox.newest(MailOutbox.MAX_PAGE_SIZE, null).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .findFirst()
                .orElseThrow()
                .id();
        long before = maxAuditId();

        mvc.perform(get("/admin/outbox").session(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(recipient)))
                .andExpect(content().string(containsString("href=\"/admin/outbox/" + id + "\"")));
        mvc.perform(get("/admin/outbox/{id}", id).session(admin.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<pre class=\"mail\">")))
                .andExpect(
                        content().string(containsString("confirm here: https://socialworkr.test/confirm?token=abc123")))
                .andExpect(
                        content().string(containsString("&lt;a href=&quot;https://evil.test&quot;&gt;click&lt;/a&gt;")))
                .andExpect(content().string(not(containsString("href=\"https://"))));
        mvc.perform(get("/admin/outbox/{id}", Long.MAX_VALUE).session(admin.session()))
                .andExpect(status().isNotFound());

        List<String> reads = jdbc.sql(
                        """
                        select detail from audit_log
                        where id > :id and type = 'MAIL_OUTBOX_READ' and actor_account_id = :actor order by id
                        """)
                .param("id", before)
                .param("actor", admin.id())
                .query(String.class)
                .list();
        assertThat(reads).containsExactly("outbox list", "mail " + id);
        assertThat(jdbc.sql("select count(*) from audit_log where detail like '%abc123%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/admin/audit").session(admin.session()))
                .andExpect(content().string(containsString("Mail outbox read")));
    }

    private static int rowsIn(String page) {
        return page.split("<th scope=\"row\">", -1).length - 1;
    }

    private String statusOf(long accountId) {
        return jdbc.sql("select status from accounts where id = :id")
                .param("id", accountId)
                .query(String.class)
                .single();
    }

    private Set<String> rolesOf(long accountId) {
        return jdbc.sql("select role from account_roles where account_id = :id")
                .param("id", accountId)
                .query(String.class)
                .set();
    }

    private long maxAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log")
                .query(Long.class)
                .single();
    }

    private int auditRows(String type, long actor, long subject) {
        return jdbc.sql(
                        """
                        select count(*) from audit_log
                        where type = :type and actor_account_id = :actor and subject_account_id = :subject
                        """)
                .param("type", type)
                .param("actor", actor)
                .param("subject", subject)
                .query(Integer.class)
                .single();
    }

    private String auditDetail(String type, long actor, long subject) {
        return jdbc.sql(
                        """
                        select detail from audit_log
                        where type = :type and actor_account_id = :actor and subject_account_id = :subject
                        """)
                .param("type", type)
                .param("actor", actor)
                .param("subject", subject)
                .query(String.class)
                .single();
    }
}
