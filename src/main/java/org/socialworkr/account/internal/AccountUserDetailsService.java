package org.socialworkr.account.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members log in with their username or their email address. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        String normalized = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return (normalized.contains("@") ? accounts.findByEmail(normalized) : accounts.findByUsername(normalized))
                .map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Transactional(readOnly = true)
    public AccountPrincipal loadById(long accountId) {
        return accounts.findById(accountId)
                .map(AccountPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
