package org.socialworkr.account.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code for logging in without the authenticator; stored as a hash. */
@Entity
@Table(name = "recovery_codes")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    boolean isUnused() {
        return usedAt == null;
    }

    void markUsed(Instant now) {
        usedAt = now;
    }
}
