package org.socialworkr.account;

import org.socialworkr.common.NotFoundException;

public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException() {
        super("error.account.notFound");
    }
}
