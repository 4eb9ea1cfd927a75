package org.socialworkr.account.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems single-use link tokens; a new token of a purpose voids the older ones. */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Returns the token in clear text, to be put in a link; it is not stored anywhere. */
    String issue(long accountId, AccountToken.Purpose purpose, Duration lifetime, String newEmail) {
        Instant now = clock.instant();
        tokens.invalidateAll(accountId, purpose, now);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(accountId, purpose, Hashes.sha256(token), newEmail, now, now.plus(lifetime)));
        return token;
    }

    /** Marks the token used and returns it, or empty when it is unknown, used or expired. */
    Optional<AccountToken> redeem(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHashAndPurpose(Hashes.sha256(token), purpose)
                .filter(found -> found.isUsable(now))
                .map(found -> {
                    found.markUsed(now);
                    return found;
                });
    }
}
