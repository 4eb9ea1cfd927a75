package org.socialworkr.account.internal;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Duration;
import java.util.List;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountSecurity;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.TwoFactorSetup;
import org.socialworkr.common.InstanceProperties;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.TooManyRequestsException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountSecurityService implements AccountSecurity {

    static final Duration EMAIL_CHANGE_LIFETIME = Duration.ofHours(24);
    static final String PASSWORD_CHECK_LIMIT = "password-check-per-account";
    static final String MAIL_LIMIT = "mail-per-account";

    /** Base32 as the secret generator makes it; anything else did not come from {@link TotpCodes}. */
    private static final String SECRET_PATTERN = "[A-Z2-7]{16,64}";

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final RecoveryCodes recoveryCodes;
    private final TotpCodes totp;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;
    private final AccountSnapshots snapshots;
    private final ApplicationEventPublisher events;
    private final InstanceProperties instance;

    AccountSecurityService(
            AccountRepository accounts,
            AccountTokens tokens,
            AccountMails mails,
            RecoveryCodes recoveryCodes,
            TotpCodes totp,
            PasswordEncoder passwordEncoder,
            RateLimiter rateLimiter,
            AccountSnapshots snapshots,
            ApplicationEventPublisher events,
            InstanceProperties instance) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
        this.snapshots = snapshots;
        this.events = events;
        this.instance = instance;
    }

    @Override
    @Transactional(readOnly = true)
    public String email(long accountId) {
        return find(accountId).email();
    }

    @Override
    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = withPassword(accountId, currentPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        snapshots.forget(accountId);
        mails.passwordChanged(account);
        audit(SecurityEventType.PASSWORD_CHANGED, accountId);
    }

    @Override
    @Transactional
    public void requestEmailChange(long accountId, String currentPassword, String newEmail) {
        Account account = withPassword(accountId, currentPassword);
        String email = AccountRegistrationService.normalizeEmail(newEmail);
        audit(SecurityEventType.EMAIL_CHANGE_REQUESTED, accountId);
        // Silent on a taken address (its owner gets no mail either: they did not ask for anything),
        // and on an address that has had its share of mail: the member sees the same page either way.
        if (email.equals(account.email())
                || accounts.existsByEmail(email)
                || !rateLimiter.tryAcquire(MAIL_LIMIT, email)) {
            return;
        }
        String token = tokens.issue(accountId, AccountToken.Purpose.CHANGE_EMAIL, EMAIL_CHANGE_LIFETIME, email);
        mails.emailChange(account, email, token);
    }

    @Override
    @Transactional
    public void confirmEmailChange(String token) {
        AccountToken redeemed = tokens.redeem(token, AccountToken.Purpose.CHANGE_EMAIL)
                .orElseThrow(() -> new InvalidRequestException("error.token.invalid"));
        Account account = find(redeemed.accountId());
        String newEmail = redeemed.newEmail();
        if (newEmail.equals(account.email())) {
            return;
        }
        if (accounts.existsByEmail(newEmail)) {
            throw new InvalidRequestException("settings.email.error.takenMeanwhile");
        }
        String oldEmail = account.email();
        account.changeEmail(newEmail);
        snapshots.forget(account.id());
        mails.emailChangedNotice(account, oldEmail);
        audit(SecurityEventType.EMAIL_CHANGED, account.id());
    }

    @Override
    @Transactional
    public void logOutEverywhere(long accountId) {
        find(accountId).endAllSessions();
        snapshots.forget(accountId);
        audit(SecurityEventType.LOGGED_OUT_EVERYWHERE, accountId);
    }

    @Override
    public boolean isCurrent(long accountId, String securityStamp) {
        return snapshots
                .get(accountId)
                .filter(found -> found.status() == AccountStatus.ACTIVE || found.status() == AccountStatus.PENDING)
                .filter(found -> found.securityStamp().equals(securityStamp))
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public TwoFactorSetup beginTwoFactorSetup(long accountId) {
        Account account = find(accountId);
        if (account.twoFactorEnabled()) {
            throw new InvalidRequestException("error.twoFactor.alreadyEnabled");
        }
        String secret = totp.newSecret();
        QrData data = new QrData.Builder()
                .label(account.username())
                .secret(secret)
                .issuer(instance.name())
                .algorithm(HashingAlgorithm.SHA1)
                .digits(TotpCodes.DIGITS)
                .period(TotpCodes.PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            String image = Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
            return new TwoFactorSetup(secret, data.getUri(), image);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code of a TOTP secret", e);
        }
    }

    @Override
    @Transactional
    public List<String> enableTwoFactor(long accountId, String secret, String code) {
        if (secret == null || !secret.matches(SECRET_PATTERN)) {
            throw new IllegalArgumentException("Not a secret from beginTwoFactorSetup");
        }
        Account account = find(accountId);
        if (account.twoFactorEnabled()) {
            throw new InvalidRequestException("error.twoFactor.alreadyEnabled");
        }
        var step = totp.matchingStep(secret, code).orElseThrow(WrongCodeException::new);
        account.enableTotp(secret, step);
        List<String> codes = recoveryCodes.replaceAll(accountId);
        snapshots.forget(accountId);
        audit(SecurityEventType.TWO_FACTOR_ENABLED, accountId);
        return codes;
    }

    @Override
    @Transactional
    public void disableTwoFactor(long accountId, String currentPassword) {
        Account account = withPassword(accountId, currentPassword);
        if (!account.twoFactorEnabled()) {
            throw new InvalidRequestException("error.twoFactor.notEnabled");
        }
        account.disableTotp();
        recoveryCodes.removeAll(accountId);
        snapshots.forget(accountId);
        audit(SecurityEventType.TWO_FACTOR_DISABLED, accountId);
    }

    @Override
    @Transactional
    public List<String> regenerateRecoveryCodes(long accountId, String currentPassword) {
        Account account = withPassword(accountId, currentPassword);
        if (!account.twoFactorEnabled()) {
            throw new InvalidRequestException("error.twoFactor.notEnabled");
        }
        List<String> codes = recoveryCodes.replaceAll(accountId);
        audit(SecurityEventType.RECOVERY_CODES_REGENERATED, accountId);
        return codes;
    }

    @Override
    @Transactional(readOnly = true)
    public long remainingRecoveryCodes(long accountId) {
        return recoveryCodes.remaining(accountId);
    }

    /**
     * The account, once the member proved they know its password. Limited per account, as a
     * session left open on a shared computer must not become a way to guess the password.
     *
     * @throws TooManyRequestsException when the account had too many checks lately
     */
    private Account withPassword(long accountId, String currentPassword) {
        rateLimiter.acquire(PASSWORD_CHECK_LIMIT, Long.toString(accountId));
        Account account = find(accountId);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        return account;
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
    }

    private void audit(SecurityEventType type, long accountId) {
        events.publishEvent(SecurityEvent.of(type, accountId, accountId, null));
    }
}
