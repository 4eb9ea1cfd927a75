package org.socialworkr.account.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountTokenRepository extends Repository<AccountToken, Long> {

    AccountToken save(AccountToken token);

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    @Modifying
    @Query(
            "update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null")
    int invalidateAll(long accountId, AccountToken.Purpose purpose, Instant now);
}
