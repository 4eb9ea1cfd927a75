package org.socialworkr.account.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RecoveryCodeRepository extends Repository<RecoveryCode, Long> {

    RecoveryCode save(RecoveryCode code);

    Optional<RecoveryCode> findByAccountIdAndCodeHash(long accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccountId(long accountId);
}
