package io.relais.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The production profile refuses to start without an administrator bootstrap secret. Runs the
 * secret check in a minimal context (no database, no web server) with the application's real
 * configuration files loaded for the active profile, so application-prod.properties is covered.
 */
class ProductionProfileTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(ProductionSecrets.class);

    @Test
    void theProdProfileWithoutABootstrapPasswordFailsToStartWithAClearMessage() {
        runner.withPropertyValues("spring.profiles.active=prod").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("RELAIS_ADMIN_BOOTSTRAP_PASSWORD")
                    .hasMessageContaining("relais.admin.bootstrap-password")
                    .hasMessageContaining("at least 12 characters");
        });
    }

    @Test
    void aBlankOrTooShortBootstrapPasswordIsRefusedToo() {
        for (String secret : new String[] {"", "            ", "short-11chr"}) {
            runner.withPropertyValues("spring.profiles.active=prod", "relais.admin.bootstrap-password=" + secret)
                    .run(context -> assertThat(context).as("secret '%s'", secret).hasFailed());
        }
    }

    @Test
    void theProdProfileStartsWithALongEnoughBootstrapPassword() {
        runner.withPropertyValues("spring.profiles.active=prod", "relais.admin.bootstrap-password=a-secret-of-20-chars")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(ProductionSecrets.class);
                    assertThat(context.getEnvironment().getProperty("relais.demo")).isEqualTo("false");
                });
    }

    @Test
    void otherProfilesNeedNoBootstrapPassword() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ProductionSecrets.class);
        });
    }
}
