package org.socialworkr.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.socialworkr.account.AccountConfirmed;
import org.socialworkr.account.AccountRegistration;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.MemberCredential;
import org.socialworkr.account.SignUpRequest;
import org.socialworkr.account.UsernameTakenException;
import org.socialworkr.common.InvalidRequestException;
import org.socialworkr.common.audit.ClientAddresses;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountRegistrationService implements AccountRegistration {

    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(48);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ReservedUsernames reservedUsernames;
    private final AccountSnapshots snapshots;
    private final Clock clock;

    AccountRegistrationService(
            AccountRepository accounts,
            AccountTokens tokens,
            AccountMails mails,
            PasswordEncoder passwordEncoder,
            RateLimiter rateLimiter,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            ReservedUsernames reservedUsernames,
            AccountSnapshots snapshots,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.jdbc = jdbc;
        this.reservedUsernames = reservedUsernames;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void signUp(SignUpRequest request) {
        register(request);
    }

    @Override
    @Transactional
    public Optional<MemberCredential> signUpFromApp(SignUpRequest request) {
        return register(request)
                .map(account -> new MemberCredential(account.id(), account.username(), account.securityStamp()));
    }

    private Optional<Account> register(SignUpRequest request) {
        rateLimiter.acquire("sign-up-per-address", ClientAddresses.current());
        String username = normalizeUsername(request.username());
        String email = normalizeEmail(request.email());
        if (reservedUsernames.isReserved(username) || accounts.existsByUsername(username)) {
            throw new UsernameTakenException();
        }
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            if (rateLimiter.tryAcquire("mail-per-account", email)) {
                mails.alreadyRegistered(existing.get());
            }
            return Optional.empty();
        }
        Account account = accounts.save(new Account(
                username,
                email,
                passwordEncoder.encode(request.password()),
                request.displayName().strip(),
                clock.instant()));
        mails.confirmation(
                account, tokens.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_LIFETIME, null));
        events.publishEvent(SecurityEvent.of(SecurityEventType.SIGNED_UP, account.id(), account.id(), username));
        return Optional.of(account);
    }

    @Override
    @Transactional
    public long registerConfirmed(SignUpRequest request) {
        String username = normalizeUsername(request.username());
        if (accounts.existsByUsername(username)) {
            throw new UsernameTakenException();
        }
        Account account = accounts.save(new Account(
                username,
                normalizeEmail(request.email()),
                passwordEncoder.encode(request.password()),
                request.displayName().strip(),
                clock.instant()));
        account.confirm(clock.instant());
        events.publishEvent(new AccountConfirmed(account.id(), account.username(), account.displayName()));
        return account.id();
    }

    @Override
    @Transactional
    public void confirmEmail(String token) {
        AccountToken redeemed = tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL)
                .orElseThrow(() -> new InvalidRequestException("error.token.invalid"));
        Account account = accounts.findById(redeemed.accountId()).orElseThrow();
        if (account.status() != AccountStatus.PENDING) {
            return;
        }
        account.confirm(clock.instant());
        if (claimFirstAdministrator(account.id())) {
            account.grant(AccountRole.ADMINISTRATOR);
        }
        snapshots.forget(account.id());
        events.publishEvent(new AccountConfirmed(account.id(), account.username(), account.displayName()));
        events.publishEvent(SecurityEvent.of(SecurityEventType.ACCOUNT_CONFIRMED, account.id(), account.id(), null));
    }

    @Override
    @Transactional
    public void resendConfirmation(String email) {
        rateLimiter.acquire("mail-per-address", ClientAddresses.current());
        accounts.findByEmail(normalizeEmail(email))
                .filter(account -> account.status() == AccountStatus.PENDING)
                .filter(account -> rateLimiter.tryAcquire("mail-per-account", account.email()))
                .ifPresent(account -> mails.confirmation(
                        account,
                        tokens.issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_LIFETIME, null)));
    }

    @Override
    @Transactional
    public void requestPasswordReset(String email) {
        rateLimiter.acquire("mail-per-address", ClientAddresses.current());
        accounts.findByEmail(normalizeEmail(email))
                .filter(account -> account.status() != AccountStatus.SUSPENDED)
                .filter(account -> rateLimiter.tryAcquire("mail-per-account", account.email()))
                .ifPresent(account -> {
                    mails.passwordReset(
                            account,
                            tokens.issue(account.id(), AccountToken.Purpose.RESET_PASSWORD, RESET_LIFETIME, null));
                    events.publishEvent(
                            SecurityEvent.of(SecurityEventType.PASSWORD_RESET_REQUESTED, null, account.id(), null));
                });
    }

    @Override
    @Transactional
    public void resetPassword(String token, String newPassword) {
        AccountToken redeemed = tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> new InvalidRequestException("error.token.invalid"));
        Account account = accounts.findById(redeemed.accountId()).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        // Whoever could read the reset mail controls the address: treat it as confirmed.
        account.confirm(clock.instant());
        snapshots.forget(account.id());
        mails.passwordChanged(account);
        events.publishEvent(SecurityEvent.of(SecurityEventType.PASSWORD_RESET, account.id(), account.id(), null));
    }

    /** The database decides who was first: only one insert into the one-row table can succeed. */
    private boolean claimFirstAdministrator(long accountId) {
        return jdbc.sql(
                                "insert into first_administrator (singleton, account_id) values (1, :id) on conflict do nothing")
                        .param("id", accountId)
                        .update()
                == 1;
    }

    static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
