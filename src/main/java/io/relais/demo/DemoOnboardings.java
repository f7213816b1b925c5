package io.relais.demo;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.OnboardingBackfill;
import io.relais.onboarding.OnboardingBackfill.PastChecklist;
import io.relais.onboarding.OnboardingBackfill.PastStep;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateForm;
import io.relais.onboarding.TemplateItemForm;
import io.relais.onboarding.TemplateService;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.RelaisProperties;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboarding checklists: the agency's templates (a general one in two versions, one for Tech &
 * Data, one for departures), a finished onboarding in the history of everybody but the founder,
 * and for those who joined in the last six months, checklists in progress, some of them late.
 * Inès Haddad, the newcomer login, still has an article to confirm and her writing exercise to do.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoOnboardings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnboardings.class);
    private static final String WELCOME_ARTICLE = "Bienvenue chez Atelier Canopée : ta première semaine";
    private static final String WRITING_ARTICLE = "Comment écrire dans Relais";
    private static final List<String> SEND_BACK_COMMENTS = List.of(
            "Bon début ! Ajoute un exemple concret tiré d'un projet et raccourcis l'introduction.",
            "Il manque le « pourquoi » : à qui sert cette page et quand la lire ?",
            "Très clair. Peux-tu découper la dernière partie en étapes numérotées ?");

    private final TemplateService templates;
    private final OnboardingBackfill backfill;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoOnboardings(TemplateService templates, OnboardingBackfill backfill, PersonService people, JdbcTemplate jdbc,
            TransactionTemplate transaction, RelaisProperties properties, Clock clock) {
        this.templates = templates;
        this.backfill = backfill;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !DemoTables.isEmpty(jdbc, "onboarding_template")) {
            return;
        }
        long hr = SystemTask.runAs(List.of(Roles.EMPLOYEE), () -> people.findByHandle("sophie.laurent")).orElseThrow().id();
        long started = System.nanoTime();
        Seeded seeded = SystemTask.runAsPerson(hr, "sophie.laurent@canopee.fr",
                List.of(Roles.EMPLOYEE, Roles.HR, Roles.ADMIN), () -> transaction.execute(status -> create(hr)));
        log.info("Demo onboardings created in {} ms ({} items; templates {} ms)", (System.nanoTime() - started) / 1_000_000,
                seeded.items(), seeded.templatesMillis());
    }

    /** What was written, and how long the templates took (the rest is the checklists' batches). */
    private record Seeded(int items, long templatesMillis) {
    }

    private Seeded create(long hr) {
        long started = System.nanoTime();
        Long welcome = article(WELCOME_ARTICLE);
        Long writing = article(WRITING_ARTICLE);
        long tech = people.teams().stream().filter(t -> t.name().equals("Tech & Data")).findFirst()
                .map(TeamSummary::id).orElseThrow();
        List<TemplateItemForm> firstVersion = general(welcome, writing, false);
        long generalV1 = templates.create(new TemplateForm("Accueil à l'agence", Purpose.ONBOARDING, null, null, firstVersion));
        long generalV2 = templates.update(generalV1, new TemplateForm("Accueil à l'agence", Purpose.ONBOARDING, null, null,
                general(welcome, writing, true)));
        List<TemplateItemForm> techItems = new ArrayList<>(general(welcome, writing, true));
        techItems.add(4, item("Première semaine", "Installer l'environnement de développement",
                "Suivre le `README` du dépôt principal ; demander les accès au dépôt à l'informatique.",
                ResponsibleParty.NEWCOMER, ItemKind.TASK, 1, null));
        techItems.add(5, item("Première semaine", "Première revue de code à deux", null, ResponsibleParty.BUDDY,
                ItemKind.MEET, 5, null));
        long techTemplate = templates.create(new TemplateForm("Accueil Tech & Data", Purpose.ONBOARDING, tech,
                "Développeur·se", techItems));
        templates.create(new TemplateForm("Départ de l'agence", Purpose.OFFBOARDING, null, null, offboarding()));
        long templatesMillis = (System.nanoTime() - started) / 1_000_000;

        LocalDate today = LocalDate.now(clock);
        LocalDate recent = today.minusMonths(6);
        Random random = new Random(6);
        List<PersonSummary> everybody = people.activePeople();
        long it = everybody.stream().filter(p -> p.email().startsWith("julien.mercier@")).findFirst().orElseThrow().id();
        long founder = everybody.getFirst().id();
        LocalDate hrStart = everybody.stream().filter(p -> p.id() == hr).findFirst().orElseThrow().startDate();
        // managers in one query rather than a profile per person: the seeding stays fast
        java.util.Map<Long, Long> managers = new java.util.HashMap<>();
        jdbc.query("select id, manager_id from person where manager_id is not null",
                row -> {
                    managers.put(row.getLong(1), row.getLong(2));
                });
        List<PastChecklist> checklists = new ArrayList<>();
        for (int index = 1; index < everybody.size(); index++) {
            PersonSummary person = everybody.get(index);
            Long manager = managers.get(person.id());
            Long buddy = buddyOf(everybody, index, manager);
            boolean isRecent = person.startDate().isAfter(recent);
            boolean inTech = Objects.equals(person.teamId(), tech);
            long template = inTech ? techTemplate : isRecent ? generalV2 : generalV1;
            List<PastStep> steps = new ArrayList<>();
            boolean late = isRecent && index % 3 == 0;
            boolean newcomerLogin = person.email().startsWith("ines.haddad@");
            List<TemplateItemForm> items = inTech ? techItems : isRecent ? general(welcome, writing, true) : firstVersion;
            long hrContact = person.startDate().isAfter(hrStart) ? hr : founder;
            int lateLeft = late ? 2 : 0;
            for (int position = 0; position < items.size(); position++) {
                TemplateItemForm item = items.get(position);
                boolean pastDue = person.startDate().plusDays(item.dueOffsetDays() + 3L).isBefore(today);
                if (newcomerLogin && (item.kind() == ItemKind.WRITE_AND_REVIEW || item.articleId() != null
                        && item.articleId().equals(writing))) {
                    steps.add(PastStep.stillOpen());
                } else if (lateLeft > 0 && pastDue && item.dueOffsetDays() > 0 && position % 2 == 0) {
                    steps.add(PastStep.stillOpen());
                    lateLeft--;
                } else if (item.kind() == ItemKind.WRITE_AND_REVIEW) {
                    int rounds = random.nextInt(10) < 7 ? 1 : 2;
                    steps.add(PastStep.reviewed(delay(random), rounds,
                            SEND_BACK_COMMENTS.get(random.nextInt(SEND_BACK_COMMENTS.size()))));
                } else {
                    steps.add(PastStep.doneIfDue(delay(random)));
                }
            }
            checklists.add(new PastChecklist(person.id(), template, person.teamId(), buddy, manager, hrContact,
                    person.id() == it ? founder : it, person.startDate(), steps));
        }
        return new Seeded(backfill.seed(checklists), templatesMillis);
    }

    /** Mostly on time, give or take a few days; sometimes a week or more late. */
    private static int delay(Random random) {
        return random.nextInt(100) < 15 ? 4 + random.nextInt(8) : random.nextInt(6) - 4;
    }

    /** Somebody of the same team who arrived before (not the manager), else anyone earlier. */
    private static Long buddyOf(List<PersonSummary> everybody, int index, Long manager) {
        PersonSummary person = everybody.get(index);
        Long fallback = null;
        for (int earlier = index - 1; earlier >= 0; earlier--) {
            PersonSummary candidate = everybody.get(earlier);
            if (Objects.equals(candidate.id(), manager)) {
                continue;
            }
            if (Objects.equals(candidate.teamId(), person.teamId())) {
                return candidate.id();
            }
            if (fallback == null) {
                fallback = candidate.id();
            }
        }
        return fallback;
    }

    private Long article(String title) {
        return jdbc.query("""
                select id from document where title = ? and kind = 'ARTICLE' and visibility in ('COMPANY', 'PUBLIC')
                  and deleted_at is null order by id limit 1""", row -> row.next() ? row.getLong(1) : null, title);
    }

    private static List<TemplateItemForm> general(Long welcome, Long writing, boolean secondVersion) {
        List<TemplateItemForm> items = new ArrayList<>(List.of(
                item("Avant l'arrivée", "Préparer le contrat, le badge et le poste", null, ResponsibleParty.HR,
                        ItemKind.TASK, -7, null),
                item("Avant l'arrivée", "Préparer l'ordinateur et les accès",
                        "Compte Relais, messagerie, gestionnaire de mots de passe, accès aux espaces de l'équipe.",
                        ResponsibleParty.IT, ItemKind.TASK, -5, null),
                item("Avant l'arrivée", "Envoyer un message de bienvenue", "Un mot simple : l'heure d'arrivée, "
                        + "où se retrouver, et que vous déjeunez ensemble le premier jour.", ResponsibleParty.BUDDY,
                        ItemKind.TASK, -2, null),
                item("Première semaine", "Premier 1:1 avec son manager",
                        "Les attentes des trois premiers mois, et comment vous travaillerez ensemble.",
                        ResponsibleParty.MANAGER, ItemKind.MEET, 1, null),
                item("Première semaine", "Compléter son profil dans l'annuaire", null, ResponsibleParty.NEWCOMER,
                        ItemKind.TASK, 2, null),
                item("Première semaine", "Déjeuner avec son parrain ou sa marraine", null, ResponsibleParty.BUDDY,
                        ItemKind.MEET, 3, null),
                item("Premier mois", "Exercice : écrire une page sur son métier", """
                        Écrivez dans Relais une page courte (une demi-page suffit) qui explique **votre métier** à un
                        collègue d'une autre équipe : ce que vous faites, pour qui, et quand venir vous voir.

                        Votre parrain ou marraine la relit et l'approuve, ou vous la renvoie avec un commentaire.""",
                        ResponsibleParty.NEWCOMER, ItemKind.WRITE_AND_REVIEW, 14, null),
                item("Premier mois", "Point d'étonnement à un mois",
                        "Ce qui vous a surpris, ce qui vous manque, ce que vous changeriez.", ResponsibleParty.MANAGER,
                        ItemKind.MEET, 30, null),
                item("Trois mois", "Bilan de fin de période d'essai", null, ResponsibleParty.MANAGER, ItemKind.MEET,
                        85, null),
                item("Trois mois", "Recueillir le retour sur l'intégration", null, ResponsibleParty.HR, ItemKind.TASK,
                        90, null)));
        if (writing != null) {
            items.add(4, item("Première semaine", "Lire : comment écrire dans Relais",
                    "Nous écrivons plutôt que de multiplier les réunions : ce guide explique comment.",
                    ResponsibleParty.NEWCOMER, ItemKind.READ_AND_CONFIRM, 2, writing));
        }
        if (welcome != null) {
            items.add(3, item("Première semaine", "Lire : ta première semaine", null, ResponsibleParty.NEWCOMER,
                    ItemKind.READ_AND_CONFIRM, 1, welcome));
        }
        if (secondVersion) {
            int monthEnd = items.indexOf(items.stream().filter(i -> i.section().equals("Trois mois")).findFirst().orElseThrow());
            items.add(monthEnd, item("Premier mois", "Proposer trois améliorations pour l'agence",
                    "Un regard neuf voit ce que nous ne voyons plus : notez-les dans un document partagé.",
                    ResponsibleParty.NEWCOMER, ItemKind.TASK, 21, null));
        }
        return items;
    }

    private static List<TemplateItemForm> offboarding() {
        return List.of(
                item("Passation", "Planifier la passation des dossiers", null, ResponsibleParty.MANAGER, ItemKind.TASK,
                        -7, null),
                item("Passation", "Rédiger les notes de passation", "Clients en cours, accès, contacts, ce qui reste à faire.",
                        ResponsibleParty.NEWCOMER, ItemKind.TASK, -3, null),
                item("Départ", "Entretien de départ", null, ResponsibleParty.HR, ItemKind.MEET, -2, null),
                item("Départ", "Récupérer le matériel", null, ResponsibleParty.IT, ItemKind.TASK, 0, null),
                item("Départ", "Désactiver le compte", "Confirmé par un administrateur, une fois tout le reste fait.",
                        ResponsibleParty.IT, ItemKind.DEACTIVATE_ACCOUNT, 1, null));
    }

    private static TemplateItemForm item(String section, String title, String description, ResponsibleParty responsible,
            ItemKind kind, int offset, Long articleId) {
        return new TemplateItemForm(section, title, description, responsible, kind, offset, articleId);
    }
}
