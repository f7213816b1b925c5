package io.relais;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The structure the architecture guide promises, checked: Spring Modulith module boundaries,
 * views that only talk to services, no cycles between features, secured services and views.
 */
class ArchitectureTest {

    private static final Pattern MODULE = Pattern.compile("io\\.relais\\.([^.]+)(\\..*)?");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.relais");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void viewsOnlyTalkToServices() {
        DescribedPredicate<JavaClass> views = describe("are in a ..ui.. package or annotated with @Route",
                c -> c.getPackageName().matches(".*\\.ui(\\..*)?") || c.isAnnotatedWith(Route.class));
        classes().that(views).should(notDependOnPersistenceSearchOrOtherModulesInternals()).check(MAIN);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("io.relais.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void featureServicesAuthorizeEveryPublicMethod() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("io.relais.*")
                .and().arePublic()
                .and().areNotAnnotatedWith(EventListener.class)
                .and().areNotAnnotatedWith(TransactionalEventListener.class)
                .and().areNotAnnotatedWith(ApplicationModuleListener.class)
                .and(describe("are not synthetic", (JavaMethod m) -> !m.getModifiers().contains(JavaModifier.SYNTHETIC)))
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void everyViewAndLayoutDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(MAIN);
    }

    /**
     * Method security reads {@code @PreAuthorize} only (ADR 0029): a JSR-250 annotation anywhere but on a view's or
     * layout's class, where Vaadin's navigation access control reads it, would guard nothing.
     */
    @Test
    void jsr250AnnotationsOnlySayWhoMayOpenAView() {
        for (Class<? extends Annotation> jsr250 : List.of(RolesAllowed.class, PermitAll.class,
                DenyAll.class)) {
            classes().that().areAnnotatedWith(jsr250)
                    .should().beAnnotatedWith(Route.class).orShould().beAnnotatedWith(Layout.class)
                    .allowEmptyShould(true).check(MAIN);
            methods().should().notBeAnnotatedWith(jsr250).check(MAIN);
        }
    }

    /**
     * No Spring Data repository, JPA, Lucene, nor another feature's {@code internal} package:
     * a view reaches data only through its feature's services.
     */
    private static ArchCondition<JavaClass> notDependOnPersistenceSearchOrOtherModulesInternals() {
        return new ArchCondition<>("not depend on Spring Data repositories, jakarta.persistence, Lucene "
                + "or the internal packages of other modules") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                Optional<String> ownModule = module(view.getPackageName());
                for (Dependency dependency : view.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String targetPackage = target.getPackageName();
                    boolean forbidden = target.isAssignableTo(Repository.class)
                            || targetPackage.startsWith("jakarta.persistence")
                            || targetPackage.startsWith("org.apache.lucene")
                            || (targetPackage.matches("io\\.relais\\..*\\.internal(\\..*)?")
                                    && !module(targetPackage).equals(ownModule));
                    if (forbidden) {
                        events.add(violated(view, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> module(String packageName) {
        Matcher matcher = MODULE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
