package org.socialworkr.account;

/** A member confirmed their email address: the account is now active. */
public record AccountConfirmed(long accountId, String username, String displayName) {}
