package org.socialworkr.account;

import java.util.List;
import org.socialworkr.common.InvalidRequestException;

/**
 * What members change about their own login: password, email address, two-factor login and
 * their sessions. Every change that needs the current password checks it here, rate-limited per
 * account, so a stolen session alone cannot take the account over.
 */
public interface AccountSecurity {

    /** The address mail goes to, shown only to its owner. */
    String email(long accountId);

    /**
     * Sets a new password, ends every session of the account and tells the member by mail. The
     * caller renews the session the change was made from, so that one stays logged in.
     *
     * @throws WrongPasswordException when {@code currentPassword} is not the password
     */
    void changePassword(long accountId, String currentPassword, String newPassword);

    /**
     * Mails a confirmation link to the new address (valid 24 hours). When the address belongs to
     * another account nothing is sent, and the caller cannot tell: the answer would reveal who is
     * a member.
     *
     * @throws WrongPasswordException when {@code currentPassword} is not the password
     */
    void requestEmailChange(long accountId, String currentPassword, String newEmail);

    /**
     * Switches to the address of a confirmation link and tells the old address.
     *
     * @throws InvalidRequestException when the link is used, expired or unknown, or the address
     *     was taken by another account in the meantime
     */
    void confirmEmailChange(String token);

    /** Ends every session of the account, the caller's included. */
    void logOutEverywhere(long accountId);

    /**
     * Whether a credential issued under this security stamp (an access token) still holds: the
     * account is usable and has not logged out everywhere or changed its password since.
     */
    boolean isCurrent(long accountId, String securityStamp);

    /** A new secret to show as a QR code; nothing is stored until {@link #enableTwoFactor} confirms it. */
    TwoFactorSetup beginTwoFactorSetup(long accountId);

    /**
     * Turns two-factor login on once the member proved their app has the secret.
     *
     * @return fresh recovery codes in clear text, to show once
     * @throws WrongCodeException when the code does not match the secret now
     */
    List<String> enableTwoFactor(long accountId, String secret, String code);

    /**
     * Turns two-factor login off and drops the recovery codes. Administrators and moderators may
     * do so too; their powers rest until they turn it on again.
     *
     * @throws WrongPasswordException when {@code currentPassword} is not the password
     */
    void disableTwoFactor(long accountId, String currentPassword);

    /**
     * Replaces every recovery code with a fresh set.
     *
     * @return the new codes in clear text, to show once
     * @throws WrongPasswordException when {@code currentPassword} is not the password
     */
    List<String> regenerateRecoveryCodes(long accountId, String currentPassword);

    /** Recovery codes not used yet. */
    long remainingRecoveryCodes(long accountId);

    /** The current password given to confirm a change is not the account's password. */
    class WrongPasswordException extends InvalidRequestException {

        public WrongPasswordException() {
            super("settings.error.wrongPassword");
        }
    }

    /** The authenticator code given to turn on two-factor login does not match the secret. */
    class WrongCodeException extends InvalidRequestException {

        public WrongCodeException() {
            super("settings.twoFactor.error.wrongCode");
        }
    }
}
