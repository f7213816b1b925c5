package io.relais.security.internal;

import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. Usernames are e-mail addresses, matched case-insensitively. A person
 * who leads a team in the directory at sign-in also gets {@link Roles#TEAM_LEAD}, which offers
 * them the views meant for team leads (a change of manager line shows in the menu from the next
 * sign-in; the services read the directory at every call).
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PersonService people;

    AccountUserDetailsService(UserAccountRepository accounts, PersonService people) {
        this.accounts = accounts;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(key)
                .map(account -> new RelaisUserDetails(account, leadsATeam(account)))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** Asked before anybody is signed in, hence as the system with the least role. */
    private boolean leadsATeam(UserAccount account) {
        Long personId = account.getPersonId();
        return personId != null && account.isEnabled()
                && SystemTask.runAs(List.of(Roles.EMPLOYEE), () -> !people.teamsLedBy(personId).isEmpty());
    }
}
