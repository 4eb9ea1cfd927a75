package org.socialworkr.account.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.AccountSummary;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.common.InvalidRequestException;

@Entity
@Table(name = "accounts")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String email;
    private String passwordHash;
    private String displayName;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    /** Changes whenever every existing session of the account must end. */
    private String securityStamp;

    private String totpSecret;
    private Long totpLastUsedStep;
    private Instant createdAt;
    private Instant confirmedAt;
    private Instant suspendedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);

    @Version
    private long version;

    protected Account() {}

    Account(String username, String email, String passwordHash, String displayName, Instant now) {
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.status = AccountStatus.PENDING;
        this.securityStamp = newStamp();
        this.createdAt = now;
    }

    void confirm(Instant now) {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    void suspend(Instant now) {
        if (status == AccountStatus.SUSPENDED) {
            throw new InvalidRequestException("error.account.alreadySuspended");
        }
        status = AccountStatus.SUSPENDED;
        suspendedAt = now;
        endAllSessions();
    }

    void unsuspend() {
        if (status != AccountStatus.SUSPENDED) {
            throw new InvalidRequestException("error.account.notSuspended");
        }
        status = confirmedAt == null ? AccountStatus.PENDING : AccountStatus.ACTIVE;
        suspendedAt = null;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        endAllSessions();
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void endAllSessions() {
        this.securityStamp = newStamp();
    }

    void enableTotp(String secret, long usedStep) {
        if (totpSecret != null) {
            throw new InvalidRequestException("error.twoFactor.alreadyEnabled");
        }
        this.totpSecret = secret;
        this.totpLastUsedStep = usedStep;
    }

    void disableTotp() {
        this.totpSecret = null;
        this.totpLastUsedStep = null;
    }

    /** Records the time step of an accepted code so the same code cannot be used twice. */
    boolean acceptTotpStep(long step) {
        if (totpLastUsedStep != null && step <= totpLastUsedStep) {
            return false;
        }
        totpLastUsedStep = step;
        return true;
    }

    void grant(AccountRole role) {
        roles.add(role);
    }

    void revoke(AccountRole role) {
        roles.remove(role);
    }

    boolean twoFactorEnabled() {
        return totpSecret != null;
    }

    AccountSummary toSummary() {
        return new AccountSummary(id, username, displayName, status, roles, twoFactorEnabled(), createdAt);
    }

    CurrentAccount toCurrentAccount() {
        return new CurrentAccount(id, username, displayName, roles, twoFactorEnabled());
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    AccountStatus status() {
        return status;
    }

    String securityStamp() {
        return securityStamp;
    }

    String totpSecret() {
        return totpSecret;
    }

    Set<AccountRole> roles() {
        return Set.copyOf(roles);
    }
}
