package io.relais.security.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. Usernames are e-mail addresses, matched case-insensitively. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findByUsername(key)
                .map(RelaisUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
