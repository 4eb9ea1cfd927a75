package org.socialworkr.account;

import org.socialworkr.common.InvalidRequestException;

public class UsernameTakenException extends InvalidRequestException {

    public UsernameTakenException() {
        super("error.account.usernameTaken");
    }
}
