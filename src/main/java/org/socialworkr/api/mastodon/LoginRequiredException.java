package org.socialworkr.api.mastodon;

import org.socialworkr.account.CurrentAccount;

/** The endpoint needs a member (a token or a session), but the request came from a visitor: 401. */
public class LoginRequiredException extends RuntimeException {

    public LoginRequiredException() {
        super("The access token is invalid");
    }

    /** The member, or a 401 for a visitor (on paths that visitors may read for other ids). */
    public static CurrentAccount require(CurrentAccount viewer) {
        if (viewer == null) {
            throw new LoginRequiredException();
        }
        return viewer;
    }
}
