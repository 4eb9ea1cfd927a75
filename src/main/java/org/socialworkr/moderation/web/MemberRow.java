package org.socialworkr.moderation.web;

import java.util.Arrays;
import java.util.List;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;

/**
 * A line of the member list with the actions the viewer may take on it. The buttons mirror the
 * rules of {@link org.socialworkr.account.AccountAdministration}, which checks them again.
 */
record MemberRow(
        AccountSummary member,
        List<AccountRole> roles,
        boolean canSuspend,
        boolean canUnsuspend,
        boolean canGrantModerator,
        boolean canRevokeModerator,
        boolean canGrantAdministrator,
        boolean canRevokeAdministrator) {

    static MemberRow of(AccountSummary member, CurrentAccount viewer, boolean manage) {
        boolean self = member.id() == viewer.id();
        boolean active = member.status() == AccountStatus.ACTIVE;
        boolean moderator = member.roles().contains(AccountRole.MODERATOR);
        boolean administrator = member.roles().contains(AccountRole.ADMINISTRATOR);
        List<AccountRole> roles = Arrays.stream(AccountRole.values())
                .filter(member.roles()::contains)
                .toList();
        return new MemberRow(
                member,
                roles,
                manage && !self && !administrator && member.status() != AccountStatus.SUSPENDED,
                manage && member.status() == AccountStatus.SUSPENDED,
                manage && active && !moderator,
                manage && moderator,
                manage && active && !administrator,
                manage && administrator && !self);
    }
}
