package io.relais;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.ClassUtils;

@RelaisSpringTest
class ApplicationContextTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRepositoryAndItsQueriesBuild() {
        // repositories start lazily (application.properties): getting them builds them and parses
        // every query, which throws here if one is broken
        Map<String, Repository> repositories = context.getBeansOfType(Repository.class);
        assertThat(repositories).hasSizeGreaterThan(30);
    }

    @Test
    void startsOnTheEmbeddedMariaDbWithEveryMigrationApplied() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertThat(version).startsWith("11.4").contains("MariaDB");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(MigrationInfo::getState)
                .allSatisfy(state -> assertThat(state.isApplied() && !state.isFailed()).isTrue());
        // Hibernate validated the schema against the entities at start-up (ddl-auto=validate).
        // Other tests share this database and add their own people (never at canopee.fr).
        assertThat(jdbc.queryForObject("select count(*) from person where email like '%@canopee.fr'", Integer.class))
                .isEqualTo(50);
    }

    /**
     * Vaadin builds a view through Spring at each navigation. Spring remembers the classes it did not proxy, but
     * matches every advisor against every method of a proxied class again each time: when method security wrapped
     * the views (their class-level {@code @PermitAll}), that was a fifth of the server's CPU under load.
     */
    @Test
    void navigationNeverWrapsAViewOrLayoutInAProxy() {
        List<Class<?>> viewsAndLayouts = routedClasses();
        assertThat(viewsAndLayouts).hasSizeGreaterThan(20);
        Map<String, Advisor> advisors = context.getBeansOfType(Advisor.class);
        assertThat(advisors).as("method security and transactions are advisors").isNotEmpty();
        for (Class<?> view : viewsAndLayouts) {
            advisors.forEach((name, advisor) -> assertThat(AopUtils.canApply(advisor, view))
                    .as("%s applies to %s", name, view.getSimpleName()).isFalse());
        }
    }

    private static List<Class<?>> routedClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        return scanner.findCandidateComponents("io.relais").stream().map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, ApplicationContextTest.class.getClassLoader()))
                .toList();
    }
}
