package org.socialworkr.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(long id);

    List<Account> findByIdIn(Collection<Long> ids);

    Optional<Account> findByUsername(String username);

    Optional<Account> findByEmail(String email);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    @Query(
            """
            select a from Account a
            where (:query is null or lower(a.username) like :query or lower(a.displayName) like :query
                   or lower(a.email) like :query)
              and (:beforeId is null or a.id < :beforeId)
            order by a.id desc
            """)
    List<Account> search(String query, Long beforeId, Pageable page);
}
