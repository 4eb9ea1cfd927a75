package org.socialworkr.account;

/** Powers beyond those of a member. Both require two-factor login before they can be used. */
public enum AccountRole {
    ADMINISTRATOR,
    MODERATOR
}
