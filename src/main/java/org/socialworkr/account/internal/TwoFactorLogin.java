package org.socialworkr.account.internal;

import java.time.Clock;
import org.socialworkr.common.TooManyRequestsException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The second step of a login: an authenticator code, or one of the recovery codes. */
@Service
public class TwoFactorLogin {

    private final AccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpCodes totp;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorLogin(
            AccountRepository accounts,
            RecoveryCodeRepository recoveryCodes,
            TotpCodes totp,
            RateLimiter rateLimiter,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.totp = totp;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether the code is right; each code works once */
    @Transactional(noRollbackFor = TooManyRequestsException.class)
    public boolean verify(long accountId, String code) {
        rateLimiter.acquire("two-factor-per-account", Long.toString(accountId));
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.totpSecret() == null) {
            return false;
        }
        var step = totp.matchingStep(account.totpSecret(), code);
        if (step.isPresent() && account.acceptTotpStep(step.getAsLong())) {
            return true;
        }
        if (useRecoveryCode(accountId, code)) {
            events.publishEvent(SecurityEvent.of(SecurityEventType.RECOVERY_CODE_USED, accountId, accountId, null));
            return true;
        }
        events.publishEvent(SecurityEvent.of(SecurityEventType.TWO_FACTOR_FAILED, null, accountId, null));
        return false;
    }

    private boolean useRecoveryCode(long accountId, String code) {
        if (code == null) {
            return false;
        }
        String normalized = RecoveryCodes.normalize(code);
        return recoveryCodes
                .findByAccountIdAndCodeHash(accountId, Hashes.sha256(normalized))
                .filter(RecoveryCode::isUnused)
                .map(found -> {
                    found.markUsed(clock.instant());
                    return true;
                })
                .orElse(false);
    }
}
