/** Moderation: the audit log of security events and the admin console (members, roles, suspensions, mail outbox). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *", "account", "mail"})
package org.socialworkr.moderation;
