package io.relais.security.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production there is no default password: Relais refuses to start unless an administrator
 * bootstrap secret of reasonable length is provided ({@code RELAIS_ADMIN_BOOTSTRAP_PASSWORD}).
 */
@Component
@Profile("prod")
class ProductionSecrets implements InitializingBean {

    static final int MIN_SECRET_LENGTH = 12;

    private final String secret;

    ProductionSecrets(@Value("${relais.admin.bootstrap-password:}") String secret) {
        this.secret = secret;
    }

    @Override
    public void afterPropertiesSet() {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("The prod profile needs RELAIS_ADMIN_BOOTSTRAP_PASSWORD "
                    + "(relais.admin.bootstrap-password) of at least " + MIN_SECRET_LENGTH
                    + " characters: there is no default administrator password in production.");
        }
    }
}
