package io.relais.onboarding;

import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.onboarding.internal.WorkingCalendar;
import io.relais.platform.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * A cast of fresh people for one checklist (HR, newcomer, buddy, manager, IT contact), a company
 * article to read, and a template with one item of each kind, all created through the secured
 * services, so tests share the database without seeing each other's data.
 */
public final class OnboardingFixtures {

    public static final WorkingCalendar FRANCE = new WorkingCalendar(WorkingCalendar.PublicHolidays.FRANCE, List.of());

    public final TestUsers users;
    public final User hr;
    public final User newcomer;
    public final User buddy;
    public final User manager;
    public final User it;
    public final long articleId;
    private final TemplateService templates;
    private final OnboardingService onboardings;

    public OnboardingFixtures(ApplicationContext context) {
        users = new TestUsers(context);
        templates = context.getBean(TemplateService.class);
        onboardings = context.getBean(OnboardingService.class);
        DocumentService documents = context.getBean(DocumentService.class);
        hr = users.createUser("Hélène", Roles.EMPLOYEE, Roles.HR);
        newcomer = users.createUser("Nadia", Roles.EMPLOYEE);
        buddy = users.createUser("Bastien", Roles.EMPLOYEE);
        manager = users.createUser("Mona", Roles.EMPLOYEE);
        it = users.createUser("Ivan", Roles.EMPLOYEE, Roles.ADMIN);
        articleId = users.as(hr.email(), () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(
                documents.writableSpaces().getFirst().id(), "Notre façon de travailler " + TestUsers.unique(),
                "Nous écrivons d'abord.", "fr", Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY)).id());
    }

    /** The next working day after today: a valid start date. */
    public static LocalDate nextWorkingDay() {
        return FRANCE.nextWorkingDay(LocalDate.now());
    }

    /** One item of each kind, in a template named uniquely; answers its id. */
    public long template(String name) {
        return users.as(hr.email(), () -> templates.create(new TemplateForm(name + " " + TestUsers.unique(),
                Purpose.ONBOARDING, null, null, List.of(
                        new TemplateItemForm("Avant", "Préparer le poste", null, ResponsibleParty.IT, ItemKind.TASK, -3, null),
                        new TemplateItemForm("Semaine 1", "Lire le guide", "Le **guide** de l'agence",
                                ResponsibleParty.NEWCOMER, ItemKind.READ_AND_CONFIRM, 1, articleId),
                        new TemplateItemForm("Semaine 1", "Déjeuner ensemble", null, ResponsibleParty.BUDDY,
                                ItemKind.MEET, 2, null),
                        new TemplateItemForm("Mois 1", "Écrire sa page métier", null, ResponsibleParty.NEWCOMER,
                                ItemKind.WRITE_AND_REVIEW, 14, null),
                        new TemplateItemForm("Mois 1", "Point à un mois", null, ResponsibleParty.MANAGER,
                                ItemKind.MEET, 30, null)))));
    }

    /** Starts the template for the newcomer, as HR, on {@code start}; answers the checklist id. */
    public long start(long templateId, LocalDate start) {
        return users.as(hr.email(), () -> onboardings.start(new StartForm(newcomer.personId(), templateId,
                buddy.personId(), manager.personId(), it.personId(), start)));
    }

    public OnboardingDetails details(long id) {
        return users.as(hr.email(), () -> onboardings.get(id));
    }

    public ChecklistItem item(long onboardingId, ItemKind kind) {
        return details(onboardingId).items().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }
}
