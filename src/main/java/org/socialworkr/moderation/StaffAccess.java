package org.socialworkr.moderation;

import org.socialworkr.account.AccountRole;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.account.TwoFactorRequiredException;
import org.socialworkr.common.NotAllowedException;

/**
 * Who may use the admin console. A role counts only with two-factor login on; a member who has
 * the role without it is told how to turn it on rather than simply refused.
 */
public final class StaffAccess {

    private StaffAccess() {}

    /** Administrators and moderators: the overview and the member list. */
    public static void requireStaff(CurrentAccount viewer) {
        if (viewer == null || !(viewer.hasRole(AccountRole.ADMINISTRATOR) || viewer.hasRole(AccountRole.MODERATOR))) {
            throw new NotAllowedException("error.admin.staffOnly");
        }
        requireTwoFactor(viewer);
    }

    /** Administrators only: the audit log, the mail outbox, suspensions and roles. */
    public static void requireAdministrator(CurrentAccount viewer) {
        if (viewer == null || !viewer.hasRole(AccountRole.ADMINISTRATOR)) {
            throw new NotAllowedException("error.admin.administratorsOnly");
        }
        requireTwoFactor(viewer);
    }

    private static void requireTwoFactor(CurrentAccount viewer) {
        if (!viewer.twoFactorEnabled()) {
            throw new TwoFactorRequiredException();
        }
    }
}
