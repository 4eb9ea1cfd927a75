package org.socialworkr.account;

import org.socialworkr.common.NotAllowedException;

/** The member has an administrator or moderator role but cannot use it until two-factor login is on. */
public class TwoFactorRequiredException extends NotAllowedException {

    public TwoFactorRequiredException() {
        super("error.admin.twoFactorRequired");
    }
}
