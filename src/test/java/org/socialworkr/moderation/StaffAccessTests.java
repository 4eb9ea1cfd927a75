package org.socialworkr.moderation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.TwoFactorRequiredException;
import org.socialworkr.common.NotAllowedException;

class StaffAccessTests {

    @Test
    void visitorsAndPlainMembersAreRefusedWithoutTalkOfTwoFactorLogin() {
        for (CurrentAccount viewer : new CurrentAccount[] {null, account(Set.of(), true), account(Set.of(), false)}) {
            assertThatThrownBy(() -> StaffAccess.requireStaff(viewer)).isExactlyInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> StaffAccess.requireAdministrator(viewer))
                    .isExactlyInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void aRoleWithoutTwoFactorLoginAsksForIt() {
        assertThatThrownBy(() -> StaffAccess.requireStaff(account(Set.of(AccountRole.MODERATOR), false)))
                .isInstanceOf(TwoFactorRequiredException.class);
        assertThatThrownBy(() -> StaffAccess.requireAdministrator(account(Set.of(AccountRole.ADMINISTRATOR), false)))
                .isInstanceOf(TwoFactorRequiredException.class);
    }

    @Test
    void moderatorsAreStaffButNotAdministrators() {
        CurrentAccount moderator = account(Set.of(AccountRole.MODERATOR), true);

        assertThatCode(() -> StaffAccess.requireStaff(moderator)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StaffAccess.requireAdministrator(moderator))
                .isExactlyInstanceOf(NotAllowedException.class);
    }

    @Test
    void administratorsWithTwoFactorLoginMayDoEverything() {
        CurrentAccount administrator = account(Set.of(AccountRole.ADMINISTRATOR), true);

        assertThatCode(() -> StaffAccess.requireStaff(administrator)).doesNotThrowAnyException();
        assertThatCode(() -> StaffAccess.requireAdministrator(administrator)).doesNotThrowAnyException();
    }

    private static CurrentAccount account(Set<AccountRole> roles, boolean twoFactor) {
        return new CurrentAccount(1, "dana", "Dana", roles, twoFactor);
    }
}
