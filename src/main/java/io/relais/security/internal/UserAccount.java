package io.relais.security.internal;

import io.relais.security.ColorScheme;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private Long personId;
    private boolean enabled;
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(8)")
    private ColorScheme colorScheme = ColorScheme.SYSTEM;

    private Instant createdAt;
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Long personId,
            Collection<String> roles, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.personId = personId;
        this.enabled = true;
        this.roles.addAll(roles);
        this.createdAt = now;
    }

    public void replaceRoles(Collection<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public void changePreferences(String newLocale, ColorScheme newScheme) {
        this.locale = newLocale;
        this.colorScheme = newScheme;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }

    public ColorScheme getColorScheme() {
        return colorScheme;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
