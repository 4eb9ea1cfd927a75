package org.socialworkr.account.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.socialworkr.account.AccountRole;
import org.socialworkr.account.AccountStatus;
import org.socialworkr.account.CurrentAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the session remembers of a logged-in member: the id and the security stamp it logged
 * in under. Roles and names are read fresh on every request (see {@link AccountSessionFilter}).
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String MEMBER = "ROLE_MEMBER";
    static final String TWO_FACTOR = "TWO_FACTOR";

    private final long id;
    private final String username;
    private final String securityStamp;
    private final AccountStatus status;
    private final boolean twoFactorEnabled;
    private String passwordHash;

    AccountPrincipal(
            long id,
            String username,
            String securityStamp,
            AccountStatus status,
            boolean twoFactorEnabled,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.securityStamp = securityStamp;
        this.status = status;
        this.twoFactorEnabled = twoFactorEnabled;
        this.passwordHash = passwordHash;
    }

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(
                account.id(),
                account.username(),
                account.securityStamp(),
                account.status(),
                account.twoFactorEnabled(),
                account.passwordHash());
    }

    static List<GrantedAuthority> authoritiesOf(CurrentAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(MEMBER));
        for (AccountRole role : account.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        if (account.twoFactorEnabled()) {
            authorities.add(new SimpleGrantedAuthority(TWO_FACTOR));
        }
        return authorities;
    }

    public long id() {
        return id;
    }

    public String securityStamp() {
        return securityStamp;
    }

    boolean twoFactorEnabled() {
        return twoFactorEnabled;
    }

    AccountStatus status() {
        return status;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(MEMBER));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return status != AccountStatus.SUSPENDED;
    }

    @Override
    public boolean isEnabled() {
        return status != AccountStatus.PENDING;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
