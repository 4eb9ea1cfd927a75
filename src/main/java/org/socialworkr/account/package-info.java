/** Accounts: sign-up with email confirmation, login with optional TOTP, password reset, roles and suspension. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "common :: *", "mail"})
package org.socialworkr.account;
