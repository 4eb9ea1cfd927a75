package org.socialworkr.mail;

/** Where a message in the outbox stands. */
public enum MailStatus {
    /** Saved, not delivered yet; retried until it is or the attempts run out. */
    QUEUED,
    /** Handed to the SMTP server. */
    SENT,
    /** Written to the log because no SMTP server is configured. */
    LOGGED,
    /** Every attempt failed; an operator has to look at it. */
    FAILED
}
