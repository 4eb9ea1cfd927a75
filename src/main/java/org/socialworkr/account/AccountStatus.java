package org.socialworkr.account;

public enum AccountStatus {
    /** Signed up, email address not confirmed yet: cannot log in. */
    PENDING,
    ACTIVE,
    SUSPENDED
}
