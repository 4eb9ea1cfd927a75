package org.socialworkr.account.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use link token. Only its SHA-256 hash is stored, so a database leak reveals no usable link. */
@Entity
@Table(name = "account_tokens")
class AccountToken {

    enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD,
        CHANGE_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private String newEmail;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {}

    AccountToken(long accountId, Purpose purpose, String tokenHash, String newEmail, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }

    long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    String newEmail() {
        return newEmail;
    }
}
