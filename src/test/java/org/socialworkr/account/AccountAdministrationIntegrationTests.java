package org.socialworkr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Suspensions and roles: who may change them, what is refused, and what the audit log hears. */
@IntegrationTest
@RecordApplicationEvents
class AccountAdministrationIntegrationTests {

    @Autowired
    AccountAdministration administration;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anAdministratorSuspendsAndUnsuspendsAMember() {
        CurrentAccount admin = administrator("adm");
        TestAccount member = accounts.create("member");

        administration.suspend(admin, member.id());
        assertThat(statusOf(member)).isEqualTo("SUSPENDED");
        assertThatThrownBy(() -> administration.suspend(admin, member.id()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("error.account.alreadySuspended");

        administration.unsuspend(admin, member.id());
        assertThat(statusOf(member)).isEqualTo("ACTIVE");

        assertThat(securityEvents(member))
                .extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.ACCOUNT_SUSPENDED, SecurityEventType.ACCOUNT_UNSUSPENDED);
        assertThat(securityEvents(member))
                .allSatisfy(event -> assertThat(event.actorId()).isEqualTo(admin.id()));
    }

    @Test
    void rolesAreGrantedAndRevokedWithTheRoleNamedInTheEvent() {
        CurrentAccount admin = administrator("admroles");
        TestAccount member = accounts.create("roles");

        administration.grant(admin, member.id(), AccountRole.MODERATOR);
        administration.grant(admin, member.id(), AccountRole.ADMINISTRATOR);
        assertThat(rolesOf(member)).containsExactlyInAnyOrder("MODERATOR", "ADMINISTRATOR");
        assertThatThrownBy(() -> administration.grant(admin, member.id(), AccountRole.MODERATOR))
                .hasMessage("error.admin.roleAlreadyGranted");

        administration.revoke(admin, member.id(), AccountRole.ADMINISTRATOR);
        assertThat(rolesOf(member)).containsExactly("MODERATOR");
        assertThatThrownBy(() -> administration.revoke(admin, member.id(), AccountRole.ADMINISTRATOR))
                .hasMessage("error.admin.roleNotGranted");

        assertThat(securityEvents(member))
                .extracting(SecurityEvent::type, SecurityEvent::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SecurityEventType.ROLE_GRANTED, "MODERATOR"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEventType.ROLE_GRANTED, "ADMINISTRATOR"),
                        org.assertj.core.groups.Tuple.tuple(SecurityEventType.ROLE_REVOKED, "ADMINISTRATOR"));
    }

    @Test
    void anInstanceCannotLoseItsAdministratorsBySlip() {
        CurrentAccount admin = administrator("admslip");
        TestAccount otherAdmin = accounts.create("otheradm", AccountRole.ADMINISTRATOR);

        assertThatThrownBy(() -> administration.suspend(admin, admin.id()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("error.admin.cannotSuspendSelf");
        assertThatThrownBy(() -> administration.revoke(admin, admin.id(), AccountRole.ADMINISTRATOR))
                .hasMessage("error.admin.cannotRevokeOwnAdministrator");
        assertThatThrownBy(() -> administration.suspend(admin, otherAdmin.id()))
                .hasMessage("error.admin.cannotSuspendAdministrator");

        assertThat(statusOf(otherAdmin)).isEqualTo("ACTIVE");
        assertThat(events.stream(SecurityEvent.class)).isEmpty();
    }

    @Test
    void onlyActiveAccountsReceiveRoles() {
        CurrentAccount admin = administrator("admpend");
        TestAccount member = accounts.create("pending");
        jdbc.sql("update accounts set status = 'PENDING' where id = :id")
                .param("id", member.id())
                .update();

        assertThatThrownBy(() -> administration.grant(admin, member.id(), AccountRole.MODERATOR))
                .hasMessage("error.admin.grantToInactive");
    }

    @Test
    void unknownAccountsAreNotFound() {
        CurrentAccount admin = administrator("admunknown");

        assertThatThrownBy(() -> administration.suspend(admin, Long.MAX_VALUE))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void moderatorsListMembersButChangeNothing() {
        CurrentAccount moderator = staff("mod", AccountRole.MODERATOR, true);
        TestAccount member = accounts.create("listedbymod");

        assertThat(administration.members(moderator, member.username().toUpperCase(), null, 10))
                .extracting(AccountSummary::id)
                .containsExactly(member.id());
        assertThatThrownBy(() -> administration.suspend(moderator, member.id()))
                .isExactlyInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> administration.grant(moderator, member.id(), AccountRole.MODERATOR))
                .isExactlyInstanceOf(NotAllowedException.class);
        assertThat(statusOf(member)).isEqualTo("ACTIVE");
    }

    @Test
    void aRoleWithoutTwoFactorLoginIsNotEnough() {
        CurrentAccount admin = staff("admno2fa", AccountRole.ADMINISTRATOR, false);
        TestAccount member = accounts.create("safe");

        assertThatThrownBy(() -> administration.suspend(admin, member.id()))
                .isInstanceOf(TwoFactorRequiredException.class);
        assertThatThrownBy(() -> administration.members(admin, null, null, 10))
                .isInstanceOf(TwoFactorRequiredException.class);
    }

    @Test
    void theActorIsCheckedAgainstTheDatabaseNotTheSession() {
        TestAccount formerAdmin = accounts.create("formeradm");
        accounts.enableTwoFactor(formerAdmin, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        // A session on another node may still say administrator for a few seconds after a revoke.
        CurrentAccount stale = new CurrentAccount(
                formerAdmin.id(), formerAdmin.username(), "F", Set.of(AccountRole.ADMINISTRATOR), true);
        TestAccount member = accounts.create("stale");

        assertThatThrownBy(() -> administration.suspend(stale, member.id()))
                .isExactlyInstanceOf(NotAllowedException.class);
        assertThat(statusOf(member)).isEqualTo("ACTIVE");
    }

    @Test
    void membersAreListedNewestFirstPageByPage() {
        CurrentAccount admin = administrator("admlist");
        String prefix = TestAccounts.uniqueUsername("pl");
        TestAccount first = accounts.create(prefix);
        TestAccount second = accounts.create(prefix);
        TestAccount third = accounts.create(prefix);

        List<AccountSummary> page = administration.members(admin, prefix, null, 2);
        List<AccountSummary> older =
                administration.members(admin, prefix, page.get(1).id(), 2);

        assertThat(page).extracting(AccountSummary::id).containsExactly(third.id(), second.id());
        assertThat(older).extracting(AccountSummary::id).containsExactly(first.id());
        assertThat(administration.members(admin, "  ", null, 0)).hasSize(1);
    }

    private CurrentAccount administrator(String prefix) {
        return staff(prefix, AccountRole.ADMINISTRATOR, true);
    }

    private CurrentAccount staff(String prefix, AccountRole role, boolean twoFactor) {
        TestAccount account = accounts.create(prefix, role);
        if (twoFactor) {
            accounts.enableTwoFactor(account, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        }
        return new CurrentAccount(account.id(), account.username(), account.displayName(), Set.of(role), twoFactor);
    }

    private List<SecurityEvent> securityEvents(TestAccount subject) {
        return events.stream(SecurityEvent.class)
                .filter(event -> Long.valueOf(subject.id()).equals(event.subjectId()))
                .toList();
    }

    private String statusOf(TestAccount account) {
        return jdbc.sql("select status from accounts where id = :id")
                .param("id", account.id())
                .query(String.class)
                .single();
    }

    private Set<String> rolesOf(TestAccount account) {
        return jdbc.sql("select role from account_roles where account_id = :id")
                .param("id", account.id())
                .query(String.class)
                .set();
    }
}
