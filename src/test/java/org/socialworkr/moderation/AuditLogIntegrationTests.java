package org.socialworkr.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.TwoFactorRequiredException;
import org.socialworkr.common.NotAllowedException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.test.IntegrationTest;
import org.socialworkr.test.TestAccounts;
import org.socialworkr.test.TestAccounts.TestAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Security events reach the audit log when, and only when, what they report really happened. */
@IntegrationTest
class AuditLogIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventOfACommittedTransactionIsRecordedAfterTheCommit() {
        String detail = unique();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(SecurityEvent.of(SecurityEventType.ROLE_GRANTED, 1L, 2L, detail));
            assertThat(rowsWith(detail)).as("not before the commit").isZero();
        });

        assertThat(rowsWith(detail)).isEqualTo(1);
    }

    @Test
    void anEventOfARolledBackTransactionIsNotRecorded() {
        String detail = unique();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(SecurityEvent.of(SecurityEventType.ACCOUNT_SUSPENDED, 1L, 2L, detail));
            status.setRollbackOnly();
        });

        assertThat(rowsWith(detail)).isZero();
    }

    @Test
    void anEventOutsideATransactionIsRecordedAtOnce() {
        String detail = unique();

        events.publishEvent(SecurityEvent.of(SecurityEventType.LOGIN_FAILED, null, null, detail));

        assertThat(rowsWith(detail)).isEqualTo(1);
    }

    @Test
    void longDetailsAreCutToTheColumnRatherThanLost() {
        String prefix = unique();
        String detail = prefix + "x".repeat(400);
        String address = "2001:db8::" + "f".repeat(80);

        events.publishEvent(new SecurityEvent(SecurityEventType.LOGIN_FAILED, null, null, detail, address));

        var row = jdbc.sql("select detail, client_address from audit_log where detail like :p")
                .param("p", prefix + "%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        assertThat(row[0]).hasSize(300).startsWith(prefix);
        assertThat(row[1]).hasSize(64);
    }

    @Test
    void administratorsReadTheNewestEntriesFirstPageByPageWithUsernames() {
        TestAccount actor = accounts.create("auditactor");
        TestAccount subject = accounts.create("auditsubject");
        String first = unique();
        String second = unique();
        String third = unique();
        events.publishEvent(SecurityEvent.of(SecurityEventType.ROLE_GRANTED, actor.id(), subject.id(), first));
        events.publishEvent(SecurityEvent.of(SecurityEventType.ROLE_REVOKED, actor.id(), subject.id(), second));
        events.publishEvent(SecurityEvent.of(SecurityEventType.LOGIN_FAILED, null, null, third));
        CurrentAccount admin =
                new CurrentAccount(actor.id(), actor.username(), "A", Set.of(AccountRole.ADMINISTRATOR), true);

        List<AuditLogEntry> page = auditLog.newest(admin, 2, null);
        List<AuditLogEntry> older = auditLog.newest(admin, 1, page.get(1).id());

        assertThat(page).extracting(AuditLogEntry::detail).containsExactly(third, second);
        assertThat(page.get(0).actorUsername()).isNull();
        assertThat(page.get(1).actorUsername()).isEqualTo(actor.username());
        assertThat(page.get(1).subjectUsername()).isEqualTo(subject.username());
        assertThat(older).extracting(AuditLogEntry::detail).containsExactly(first);
        assertThat(older.get(0).type()).isEqualTo(SecurityEventType.ROLE_GRANTED);
    }

    @Test
    void onlyAdministratorsWithTwoFactorLoginReadTheLog() {
        assertThatThrownBy(() ->
                        auditLog.newest(new CurrentAccount(1, "m", "M", Set.of(AccountRole.MODERATOR), true), 10, null))
                .isExactlyInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> auditLog.newest(
                        new CurrentAccount(1, "a", "A", Set.of(AccountRole.ADMINISTRATOR), false), 10, null))
                .isInstanceOf(TwoFactorRequiredException.class);
    }

    private int rowsWith(String detail) {
        return jdbc.sql("select count(*) from audit_log where detail = :detail")
                .param("detail", detail)
                .query(Integer.class)
                .single();
    }

    private static String unique() {
        return "test " + UUID.randomUUID();
    }
}
