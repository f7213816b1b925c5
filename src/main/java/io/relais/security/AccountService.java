package io.relais.security;

import io.relais.people.PersonDeactivated;
import io.relais.people.PersonDetails;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.AfterCommit;
import io.relais.platform.CurrentUser;
import io.relais.platform.LikePattern;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.security.internal.SecurityAudit;
import io.relais.security.internal.SessionTerminator;
import io.relais.security.internal.UserAccount;
import io.relais.security.internal.UserAccountRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and roles (ADMIN), and each person's own password and preferences. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PersonService people;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final CurrentUser currentUser;
    private final SecurityAudit audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PersonService people, PasswordEncoder passwordEncoder,
            SessionTerminator sessions, CurrentUser currentUser, SecurityAudit audit, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> page(String text, int offset, int limit) {
        return accounts.search(LikePattern.containing(text), OffsetPage.of(offset, limit, Sort.by("username")))
                .stream().map(AccountService::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.countSearch(LikePattern.containing(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasAccount(long personId) {
        return accounts.findByPersonId(personId).isPresent();
    }

    /** Active people of the directory who cannot sign in yet. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonSummary> peopleWithoutAccount() {
        Set<Long> withAccount = accounts.findPersonIdsWithAccount();
        return people.activePeople().stream().filter(person -> !withAccount.contains(person.id())).toList();
    }

    /**
     * Opens an account for a person of the directory; the username is their e-mail address.
     *
     * @param initialPassword the password to set, or {@code null} to generate one
     * @return the initial password, to hand to the person once
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String createForPerson(long personId, Collection<String> roles, String initialPassword) {
        PersonDetails person = people.get(personId);
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new UserFacingException(null, "security.error.account-exists");
        }
        String username = person.email().toLowerCase(Locale.ROOT);
        if (accounts.findByUsername(username).isPresent()) {
            throw new UserFacingException(null, "security.error.username-taken");
        }
        String password = initialPassword == null ? Passwords.generate()
                : Passwords.requireAcceptable("password", initialPassword);
        Set<String> granted = validRoles(roles);
        accounts.save(new UserAccount(username, passwordEncoder.encode(password), person.fullName(),
                personId, granted, clock.instant()));
        audit.accountCreated(username, granted);
        return password;
    }

    /**
     * Opens accounts for many people at once with one shared initial password (hashed once):
     * how a batch of newcomers, or the demo organisation, gets access.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void createForPeople(java.util.Map<Long, ? extends Collection<String>> rolesByPerson, String initialPassword) {
        String hash = passwordEncoder.encode(Passwords.requireAcceptable("password", initialPassword));
        rolesByPerson.forEach((personId, roles) -> {
            PersonDetails person = people.get(personId);
            if (accounts.findByPersonId(personId).isEmpty()) {
                String username = person.email().toLowerCase(Locale.ROOT);
                Set<String> granted = validRoles(roles);
                accounts.save(new UserAccount(username, hash, person.fullName(), personId, granted, clock.instant()));
                audit.accountCreated(username, granted);
            }
        });
    }

    /** A technical account without a directory entry (the production bootstrap administrator). */
    @PreAuthorize("hasRole('ADMIN')")
    public void createTechnicalAdmin(String username, String password) {
        Set<String> roles = Set.of(Roles.ADMIN, Roles.EMPLOYEE);
        UserAccount account = accounts.save(new UserAccount(username.toLowerCase(Locale.ROOT),
                passwordEncoder.encode(Passwords.requireAcceptable("password", password)),
                "Administrator", null, roles, clock.instant()));
        audit.accountCreated(account.getUsername(), roles);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void updateRoles(long accountId, long expectedVersion, Collection<String> roles) {
        UserAccount account = load(accountId, expectedVersion);
        Set<String> newRoles = validRoles(roles);
        if (account.getRoles().contains(Roles.ADMIN) && !newRoles.contains(Roles.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.replaceRoles(newRoles);
        audit.rolesChanged(account.getUsername(), newRoles);
        endSessionsAfterCommit(account.getUsername());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long accountId, long expectedVersion, boolean enabled) {
        UserAccount account = load(accountId, expectedVersion);
        if (!enabled && account.isEnabled()) {
            boolean ownAccount = currentUser.get().filter(me -> me.accountId() == account.getId()).isPresent();
            if (ownAccount) {
                throw new UserFacingException(null, "security.error.cannot-disable-self");
            }
            if (account.getRoles().contains(Roles.ADMIN)) {
                requireAnotherAdmin(account);
            }
            endSessionsAfterCommit(account.getUsername());
        }
        if (enabled != account.isEnabled()) {
            audit.accountEnabled(account.getUsername(), enabled);
        }
        account.setEnabled(enabled);
    }

    /** @return the new temporary password, to hand over once */
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        String password = Passwords.generate();
        account.changePasswordHash(passwordEncoder.encode(password));
        audit.passwordReset(account.getUsername());
        endSessionsAfterCommit(account.getUsername());
        return password;
    }

    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = own();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("currentPassword", "security.error.current-password-wrong");
        }
        account.changePasswordHash(passwordEncoder.encode(Passwords.requireAcceptable("newPassword", newPassword)));
        audit.passwordChanged();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountPreferences myPreferences() {
        UserAccount account = own();
        Locale locale = account.getLocale() == null ? null : Locale.forLanguageTag(account.getLocale());
        return new AccountPreferences(locale, account.getColorScheme());
    }

    @PreAuthorize("isAuthenticated()")
    public void updateMyPreferences(Locale locale, ColorScheme colorScheme) {
        String language = locale == null ? null : RelaisI18NProvider.supported(locale).getLanguage();
        own().changePreferences(language, colorScheme == null ? ColorScheme.SYSTEM : colorScheme);
    }

    /** A person who leaves loses access at once. */
    @EventListener
    void onPersonDeactivated(PersonDeactivated event) {
        accounts.findByPersonId(event.personId()).filter(UserAccount::isEnabled).ifPresent(account -> {
            audit.accountEnabled(account.getUsername(), false);
            account.setEnabled(false);
            endSessionsAfterCommit(account.getUsername());
        });
    }

    private UserAccount own() {
        return accounts.findById(currentUser.require().accountId()).orElseThrow(NotFoundException::new);
    }

    private UserAccount load(long accountId, long expectedVersion) {
        UserAccount account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (account.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        return account;
    }

    /** Refuses a change that would leave no enabled ADMIN (a disabled account is not counted). */
    private void requireAnotherAdmin(UserAccount account) {
        if (account.isEnabled() && accounts.countEnabledWithRole(Roles.ADMIN) <= 1) {
            throw new UserFacingException(null, "security.error.last-admin");
        }
    }

    private static Set<String> validRoles(Collection<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new UserFacingException("roles", "security.error.roles-required");
        }
        if (!Roles.ALL.containsAll(roles)) {
            throw new UserFacingException("roles", "security.error.role-unknown");
        }
        return Set.copyOf(roles);
    }

    private void endSessionsAfterCommit(String username) {
        AfterCommit.run(() -> sessions.endSessionsOf(username));
    }

    private static AccountSummary summary(UserAccount account) {
        return new AccountSummary(account.getId(), account.getVersion(), account.getUsername(),
                account.getDisplayName(), account.getPersonId(), account.getRoles(), account.isEnabled(),
                account.getLastLoginAt());
    }

}
