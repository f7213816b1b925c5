package io.relais.security.internal;

import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an installation can be administered: when no enabled ADMIN account exists and a
 * bootstrap secret is configured, creates the technical administrator with it. Runs after the
 * demo organisation (which brings its own administrator).
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final String username;
    private final String secret;

    AdminBootstrap(UserAccountRepository accounts, AccountService accountService,
            @Value("${relais.admin.username:admin@relais.local}") String username,
            @Value("${relais.admin.bootstrap-password:}") String secret) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.username = username;
        this.secret = secret;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countEnabledWithRole(Roles.ADMIN) > 0) {
            return;
        }
        if (secret.isBlank()) {
            log.warn("No administrator account exists and relais.admin.bootstrap-password is not set: "
                    + "nobody can administer this installation");
            return;
        }
        if (accounts.findByUsername(username).isPresent()) {
            log.warn("Account {} exists but is not an enabled administrator; not touching it", username);
            return;
        }
        SystemTask.runAsAdmin(() -> accountService.createTechnicalAdmin(username, secret));
        log.info("Created the bootstrap administrator account {}", username);
    }
}
