package io.relais.security.internal;

import io.relais.platform.RelaisPrincipal;
import io.relais.platform.Roles;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account. Equality is by username so the session registry finds every session of
 * an account when it is disabled.
 */
public final class RelaisUserDetails implements UserDetails, CredentialsContainer, RelaisPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Long personId;
    private final String username;
    private final String displayName;
    private final Set<String> roles;
    private final boolean enabled;
    private String passwordHash;

    RelaisUserDetails(UserAccount account) {
        this(account, false);
    }

    /** @param teamLead whether the person leads a team now: adds {@link Roles#TEAM_LEAD} for this sign-in */
    RelaisUserDetails(UserAccount account, boolean teamLead) {
        this.accountId = account.getId();
        this.personId = account.getPersonId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.roles = teamLead ? with(account.getRoles(), Roles.TEAM_LEAD) : account.getRoles();
        this.enabled = account.isEnabled();
        this.passwordHash = account.getPasswordHash();
    }

    private static Set<String> with(Set<String> roles, String role) {
        Set<String> more = new java.util.HashSet<>(roles);
        more.add(role);
        return Set.copyOf(more);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public Long personId() {
        return personId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
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
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelaisUserDetails that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "RelaisUserDetails[" + username + "]";
    }
}
