package org.socialworkr.account.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialworkr.account.AccountDirectory;
import org.socialworkr.account.AccountNotFoundException;
import org.socialworkr.account.AccountSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDirectoryService implements AccountDirectory {

    private final AccountRepository accounts;
    private final AccountSnapshots snapshots;

    AccountDirectoryService(AccountRepository accounts, AccountSnapshots snapshots) {
        this.accounts = accounts;
        this.snapshots = snapshots;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findById(long accountId) {
        return accounts.findById(accountId).map(Account::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(AccountRegistrationService.normalizeUsername(username))
                .map(Account::toSummary);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> findAll(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(accountIds).stream()
                .map(Account::toSummary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    @Override
    @Transactional
    public void rename(long accountId, String displayName) {
        Account account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        account.rename(displayName.strip());
        snapshots.forget(accountId);
    }
}
