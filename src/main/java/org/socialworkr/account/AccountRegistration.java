package org.socialworkr.account;

import java.util.Optional;

/**
 * Joining and getting back in: sign-up, email confirmation and password reset. None of these
 * tells a visitor whether an email address has an account.
 */
public interface AccountRegistration {

    /**
     * Creates a pending account and mails a confirmation link. When the email address already
     * has an account, its owner gets a mail saying so instead, and the caller learns nothing.
     *
     * @throws UsernameTakenException when the username is in use (usernames are public anyway)
     */
    void signUp(SignUpRequest request);

    /**
     * {@link #signUp} for a client app that signs a member up (Mastodon's registration API): the
     * same checks, limits and mails, and the new pending account's credential, so the app can be
     * given a token that reads until the address is confirmed. Empty when the email address
     * already has an account (its owner is mailed instead), so the app learns nothing either.
     *
     * @throws UsernameTakenException when the username is in use
     */
    Optional<MemberCredential> signUpFromApp(SignUpRequest request);

    /**
     * Creates an active account without a confirmation mail, for seeding the demo community.
     * It never becomes the first administrator: that stays with the first member who signs up.
     *
     * @return the new account's id
     */
    long registerConfirmed(SignUpRequest request);

    /** Activates the account of a confirmation link; the first account confirmed becomes administrator. */
    void confirmEmail(String token);

    /** Mails a new confirmation link when the address belongs to a pending account. */
    void resendConfirmation(String email);

    /** Mails a reset link when the address belongs to an account; silent otherwise. */
    void requestPasswordReset(String email);

    /** Sets a new password from a reset link and ends every session of the account. */
    void resetPassword(String token, String newPassword);
}
