/**
 * Outgoing mail: every message is kept in an outbox in the same transaction as the change that
 * caused it, then delivered over SMTP after commit, or written to the log when no SMTP server
 * is configured (the embedded default).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *"})
package org.socialworkr.mail;
