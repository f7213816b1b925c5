package io.relais.demo;

import io.relais.notifications.NotificationService;
import io.relais.people.PersonFilter;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.RelaisProperties;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Atelier Canopée, a digital-marketing agency in Lyon: 50 people in 6 teams, hired one after the
 * other over three years (the founder first, the newest arriving next week), with managers,
 * accounts for everybody and the demo logins of the README.
 */
@Component
@Profile("!prod")
@Order(10)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    record Team(String name, String description) {
    }

    record Hire(String first, String last, int team, String title, String location, String zone) {
        Hire(String first, String last, int team, String title) {
            this(first, last, team, title, "Lyon", "Europe/Paris");
        }
    }

    static final List<Team> TEAMS = List.of(
            new Team("Direction & Opérations", "Direction, finance, people & culture, office"),
            new Team("Stratégie & Conseil", "Audits, stratégie digitale, accompagnement des clients"),
            new Team("Création & Design", "Identités, UX/UI, motion, production graphique"),
            new Team("Tech & Data", "Sites, tracking, data et outils internes"),
            new Team("Acquisition SEO/SEA", "Référencement naturel et payant, campagnes média"),
            new Team("Contenu & Social", "Éditorial, réseaux sociaux, influence"));

    /** In order of arrival: index 0 founded the agency, the last one starts next week. */
    static final List<Hire> HIRES = List.of(
            new Hire("Claire", "Fontaine", 0, "Fondatrice & directrice générale"),
            new Hire("Julien", "Mercier", 3, "Lead développeur"),
            new Hire("Camille", "Roux", 1, "Directrice conseil"),
            new Hire("Thomas", "Girard", 4, "Responsable acquisition"),
            new Hire("Léa", "Morel", 2, "Directrice artistique"),
            new Hire("Hugo", "Lefèvre", 5, "Responsable éditorial"),
            new Hire("Manon", "Bonnet", 2, "Designer UX/UI"),
            new Hire("Nicolas", "Dupuis", 3, "Développeur full-stack", "Nantes", "Europe/Paris"),
            new Hire("Chloé", "Lambert", 1, "Consultante stratégie digitale"),
            new Hire("Antoine", "Fournier", 4, "Consultant SEO"),
            new Hire("Sophie", "Laurent", 0, "Responsable people & culture"),
            new Hire("Lucas", "Bernard", 3, "Développeur front-end"),
            new Hire("Emma", "Chevalier", 5, "Community manager"),
            new Hire("Maxime", "Garnier", 4, "Traffic manager SEA"),
            new Hire("Sarah", "Faure", 2, "Graphiste"),
            new Hire("Alexandre", "André", 1, "Chef de projet digital"),
            new Hire("Pauline", "Mercier-Blanc", 0, "Office & finance manager"),
            new Hire("Romain", "Blanc", 3, "Data analyst", "Bordeaux", "Europe/Paris"),
            new Hire("Julie", "Guerin", 5, "Rédactrice web"),
            new Hire("Kevin", "Muller", 4, "Consultant SEO technique"),
            new Hire("Marion", "Henry", 2, "Motion designer"),
            new Hire("Mathieu", "Roussel", 1, "Chef de projet digital"),
            new Hire("Laura", "Nicolas", 5, "Social media manager"),
            new Hire("Benjamin", "Perrin", 3, "Développeur back-end", "Lisbonne", "Europe/Lisbon"),
            new Hire("Océane", "Morin", 4, "Traffic manager social ads"),
            new Hire("Quentin", "Mathieu", 2, "Designer UX/UI"),
            new Hire("Anaïs", "Clément", 1, "Consultante CRM"),
            new Hire("Florian", "Gauthier", 3, "Développeur full-stack"),
            new Hire("Élodie", "Dumont", 5, "Rédactrice SEO"),
            new Hire("Guillaume", "Lopez", 4, "Consultant SEA"),
            new Hire("Justine", "Fontaine-Roy", 0, "Chargée de recrutement"),
            new Hire("Adrien", "Robin", 2, "Directeur artistique adjoint"),
            new Hire("Mélanie", "Masson", 1, "Cheffe de projet digital"),
            new Hire("Damien", "Sanchez", 3, "Ingénieur data", "Montréal", "America/Toronto"),
            new Hire("Clara", "Boyer", 5, "Chargée d'influence"),
            new Hire("Vincent", "Denis", 4, "Consultant SEO"),
            new Hire("Amandine", "Lemoine", 2, "Graphiste"),
            new Hire("Sébastien", "Meyer", 3, "Développeur front-end", "Nantes", "Europe/Paris"),
            new Hire("Margaux", "Leroy", 1, "Consultante stratégie digitale"),
            new Hire("Jérémy", "Colin", 5, "Vidéaste"),
            new Hire("Audrey", "Vidal", 4, "Traffic manager SEA"),
            new Hire("Yanis", "Benali", 3, "Développeur full-stack"),
            new Hire("Lucie", "Caron", 2, "Designer UX/UI"),
            new Hire("Paul", "Picard", 1, "Chef de projet digital"),
            new Hire("Nina", "Renaud", 5, "Community manager"),
            new Hire("Théo", "Arnaud", 4, "Consultant SEO", "Bordeaux", "Europe/Paris"),
            new Hire("Zoé", "Marchand", 3, "Développeuse back-end"),
            new Hire("Inès", "Haddad", 5, "Rédactrice web"),
            new Hire("Louis", "Brunet", 2, "Designer graphique"),
            new Hire("Jade", "Moulin", 1, "Consultante stratégie digitale"));

    private final PersonService people;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoOrganisation(PersonService people, AccountService accounts, NotificationService notifications,
            TransactionTemplate transaction, RelaisProperties properties, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.notifications = notifications;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        SystemTask.runAsAdmin(() -> {
            if (people.count(new PersonFilter(null, null, true)) > 0) {
                return;
            }
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> create());
            log.info("Demo organisation created in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
        printLogins();
    }

    private void create() {
        LocalDate founded = LocalDate.now(clock).minusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long[] teamIds = TEAMS.stream().mapToLong(team -> people.createTeam(team.name(), team.description())).toArray();
        // The first hire of a team leads it and reports to the founder (the first hire of team 0);
        // everybody else reports to their team's lead.
        Map<Integer, Long> leadOfTeam = new HashMap<>();
        Map<Long, List<String>> roles = new LinkedHashMap<>();
        for (int i = 0; i < HIRES.size(); i++) {
            Hire hire = HIRES.get(i);
            Long manager = i == 0 ? null : leadOfTeam.getOrDefault(hire.team(), leadOfTeam.get(0));
            long id = people.create(new PersonForm(hire.first(), hire.last(), email(hire), hire.title(),
                    teamIds[hire.team()], manager, startDate(founded, i), hire.location(), hire.zone()));
            leadOfTeam.putIfAbsent(hire.team(), id);
            roles.put(id, rolesOf(email(hire)));
        }
        accounts.createForPeople(roles, DemoLogins.PASSWORD);
        for (DemoLogins.Login login : DemoLogins.ALL) {
            people.findByEmail(login.email()).ifPresent(person -> notifications.notify(person.id(),
                    "notifications.welcome", "/people/" + person.id(), login.name().split(" ")[0]));
        }
    }

    /**
     * Arrivals follow a growth curve: slow at first, faster as the agency wins clients; the last
     * hire starts one week from today.
     */
    static LocalDate startDate(LocalDate founded, int index) {
        int last = HIRES.size() - 1;
        if (index == last) {
            return founded.plusYears(3).plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        double progress = Math.pow(index / (double) last, 0.8);
        long days = Math.round(progress * (3 * 365 - 21));
        return founded.plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    static String email(Hire hire) {
        return (simplify(hire.first()) + "." + simplify(hire.last()) + "@canopee.fr");
    }

    private static String simplify(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static List<String> rolesOf(String email) {
        return DemoLogins.ALL.stream().filter(login -> login.email().equals(email)).findFirst()
                .map(DemoLogins.Login::roles).orElse(List.of(Roles.EMPLOYEE));
    }

    private void printLogins() {
        StringBuilder text = new StringBuilder("\n\n  Relais demo organisation (Atelier Canopée) — password for every account: ")
                .append(DemoLogins.PASSWORD).append('\n');
        for (DemoLogins.Login login : DemoLogins.ALL) {
            text.append(String.format("    %-32s %-18s %s%n", login.email(), login.name(), login.roles()));
        }
        text.append("  Open ").append(properties.publicUrl()).append('\n');
        log.info(text.toString());
    }
}
