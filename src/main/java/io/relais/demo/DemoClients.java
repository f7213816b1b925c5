package io.relais.demo;

import io.relais.clients.TaskService;
import io.relais.docs.DocumentService;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.RelaisProperties;
import io.relais.platform.SystemTask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The agency's clients over three years: about 40 clients with their contacts, 120 projects run
 * by the demo people who were there at the time, their tasks (done for finished projects, spread
 * over the board for running ones), invoices (paid, sent, overdue, drafts) and the activity feed.
 * Thousands of rows, so they are written in JDBC batches (well under a second); the documents
 * about clients are then linked through the document service, as their owners.
 */
@Component
@Profile("!prod")
@Order(60)
class DemoClients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);
    private static final BigDecimal DAY_RATE = new BigDecimal("650");
    private static final BigDecimal VAT = new BigDecimal("1.20");

    private final PersonService people;
    private final DocumentService documents;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoClients(PersonService people, DocumentService documents, TaskService tasks, JdbcTemplate jdbc,
            TransactionTemplate transaction, RelaisProperties properties, Clock clock) {
        this.people = people;
        this.documents = documents;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !DemoTables.isEmpty(jdbc, "client")) {
            return;
        }
        long started = System.nanoTime();
        List<PersonSummary> staff = SystemTask.runAs(List.of(io.relais.platform.Roles.ADMIN), people::activePeople);
        DemoClientData data = transaction.execute(status -> new DemoClientData(new Random(42), staff, LocalDate.now(clock),
                clock.instant()).write(jdbc));
        // the rows were written in batches: put the open tasks on their assignees' to-do lists
        int todos = SystemTask.runAs(List.of(io.relais.platform.Roles.ADMIN),
                () -> transaction.execute(status -> tasks.syncTodos()));
        long written = System.nanoTime();
        int linked = new DemoClientDocuments(documents, jdbc, data).link(clock.instant());
        log.info("Demo clients created in {} ms ({} clients, {} projects, {} tasks, {} on to-do lists, {} invoices), "
                + "{} documents linked in {} ms", (written - started) / 1_000_000, data.clients.size(),
                data.projects.size(), data.taskCount, todos, data.invoiceCount, linked, (System.nanoTime() - written) / 1_000_000);
    }

    /** Generates the rows, then writes them in batches with explicit ids (the tables are empty). */
    static final class DemoClientData {

        record ClientRow(long id, String name, String sector, String status, long ownerId) {
        }

        record ProjectRow(long id, ClientRow client, String name, long ownerId, List<Long> members, String status,
                LocalDate start, LocalDate end, BigDecimal budget) {
        }

        private static final String[][] CLIENTS = {
            {"Maison Verdier", "Commerce"}, {"Cycles Berthier", "Commerce"}, {"Brasserie du Confluent", "Restauration"},
            {"Salon Vins & Terroirs", "Événementiel"}, {"Fromagerie Bouvier", "Agroalimentaire"},
            {"Clinique du Parc", "Santé"}, {"Musée des Tissus", "Culture"}, {"Immobilière Rhône-Alpes", "Immobilier"},
            {"Transports Lacroix", "Logistique"}, {"Atelier Sauvage", "Artisanat"}, {"Hôtel des Célestins", "Tourisme"},
            {"Domaine de la Croix-Rousse", "Agroalimentaire"}, {"École Pivot", "Éducation"},
            {"Laboratoires Genest", "Santé"}, {"Opéra Nouvelle Scène", "Culture"}, {"Banque Populaire des Monts", "Finance"},
            {"Chocolaterie Morin", "Agroalimentaire"}, {"Lyon Padel Club", "Sport"}, {"Groupe Saint-Exupéry", "Industrie"},
            {"Papeterie Fleury", "Commerce"}, {"Camping Les Pins", "Tourisme"}, {"Startup Nébula", "Logiciel"},
            {"Coopérative Bio Vallée", "Agroalimentaire"}, {"Ville de Villeurbanne", "Secteur public"},
            {"Théâtre des Ateliers", "Culture"}, {"Garage Moderne Perrache", "Automobile"},
            {"Cabinet Aubry Avocats", "Services B2B"}, {"Biscuiterie Lenoir", "Agroalimentaire"},
            {"Festival Lumières Sonores", "Événementiel"}, {"Pharmacie Bellecour", "Santé"},
            {"Menuiserie Durand & Fils", "Artisanat"}, {"Alpes Outdoor", "Sport"}, {"Éditions du Rhône", "Culture"},
            {"Fondation Solidaire 69", "Associatif"}, {"Usine Métallex", "Industrie"}, {"Agence Voyages Horizons", "Tourisme"},
            {"Crèches Petits Pas", "Éducation"}, {"Torréfaction Kawa", "Agroalimentaire"}, {"Néo Mobilité", "Logistique"},
            {"Studio Yoga Fourvière", "Sport"}};

        private static final String[] PROJECTS = {"Refonte du site", "Audit SEO", "Campagne SEA", "Stratégie social media",
            "Identité visuelle", "Plan de tracking", "Newsletter mensuelle", "Boutique en ligne", "Campagne de lancement",
            "Tableau de bord data", "Vidéos produit", "Accompagnement CRM"};

        private static final String[][] TASKS = {
            {"Atelier de cadrage avec le client", "Rédiger la recommandation", "Valider le planning"},
            {"Maquettes de la page d'accueil", "Charte graphique : déclinaisons", "Recette des gabarits"},
            {"Mettre en place le plan de marquage", "Configurer les conversions", "Contrôler les données remontées"},
            {"Rédiger les contenus", "Optimiser les balises title", "Plan de redirections"},
            {"Paramétrer les campagnes", "Créer les annonces", "Rapport de performance mensuel"},
            {"Calendrier éditorial", "Visuels pour les réseaux", "Bilan de campagne"},
            {"Mise en production", "Formation de l'équipe client", "Bilan de fin de projet"}};

        /** The demo's client companies by name: what tells them from clients people add later. */
        static List<String> clientNames() {
            return Arrays.stream(CLIENTS).map(client -> client[0]).toList();
        }

        private final Random random;
        private final List<PersonSummary> staff;
        private final LocalDate today;
        private final Instant now;
        private final LocalDate founded;
        final List<ClientRow> clients = new ArrayList<>();
        final List<ProjectRow> projects = new ArrayList<>();
        int taskCount;
        int invoiceCount;

        DemoClientData(Random random, List<PersonSummary> staff, LocalDate today, Instant now) {
            this.random = random;
            this.staff = staff.stream().sorted(Comparator.comparing(PersonSummary::startDate)).toList();
            this.today = today;
            this.now = now;
            this.founded = today.minusYears(3);
        }

        DemoClientData write(JdbcTemplate jdbc) {
            long clientBase = next(jdbc, "client");
            long contactBase = next(jdbc, "client_contact");
            long projectBase = next(jdbc, "project");
            long taskBase = next(jdbc, "task");
            long invoiceBase = next(jdbc, "invoice");
            List<Object[]> clientRows = new ArrayList<>();
            List<Object[]> contactRows = new ArrayList<>();
            List<Object[]> projectRows = new ArrayList<>();
            List<Object[]> memberRows = new ArrayList<>();
            List<Object[]> taskRows = new ArrayList<>();
            List<Object[]> checklistRows = new ArrayList<>();
            List<Object[]> commentRows = new ArrayList<>();
            List<Object[]> invoiceRows = new ArrayList<>();
            List<Object[]> activityRows = new ArrayList<>();

            for (int i = 0; i < CLIENTS.length; i++) {
                LocalDate since = founded.plusDays((long) i * 1000 / CLIENTS.length);
                String status = i % 9 == 8 ? "PROSPECT" : i % 7 == 3 ? "FORMER" : "ACTIVE";
                ClientRow client = new ClientRow(clientBase + i, CLIENTS[i][0], CLIENTS[i][1], status,
                        pick(since, 1, i).id());
                clients.add(client);
                clientRows.add(new Object[] {client.id(), client.name(), client.sector(), status, client.ownerId(),
                        "Client depuis " + since.getYear() + ". Interlocuteurs et historique ci-dessous ; "
                                + "@" + handle(client.ownerId()) + " suit le compte.",
                        ts(since), ts(since)});
                activityRows.add(activity(since, client.ownerId(), client.id(), null, null, "CLIENT_CREATED", client.name()));
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    String[] person = {"Isabelle", "Marc", "Nathalie", "Olivier", "Sandrine", "Franck", "Valérie", "Patrick"};
                    String[] last = {"Martin", "Petit", "Durand", "Leroux", "Fabre", "Giraud", "Barbier", "Rey"};
                    String first = person[random.nextInt(person.length)];
                    String family = last[random.nextInt(last.length)];
                    contactRows.add(new Object[] {contactBase + contactRows.size(), client.id(), first + " " + family,
                            k == 0 ? "Directeur·rice marketing" : k == 1 ? "Chargé·e de communication" : "Dirigeant·e",
                            (first + "." + family).toLowerCase(Locale.ROOT).replace('é', 'e').replace('è', 'e')
                                    + "@" + domain(client.name()),
                            String.format("+33 4 %02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
                                    random.nextInt(100), random.nextInt(100))});
                }
            }

            int invoiceNumber = 1;
            int running = 0;
            for (int p = 0; p < 120; p++) {
                ClientRow client = clients.get((p * 7 + p / 3) % clients.size());
                if (client.status().equals("PROSPECT") && p % 2 == 0) {
                    client = clients.get((p + 1) % clients.size());
                }
                long dayOffset = Math.round((3 * 365 + 60) * Math.pow(p / 119.0, 0.9));
                LocalDate start = founded.plusDays(Math.min(dayOffset, 3 * 365 + 45));
                if (client.status().equals("FORMER")) {
                    start = founded.plusDays(random.nextInt(500));
                }
                LocalDate end = start.plusDays(30 + random.nextInt(150));
                // one running project in four waits on its client
                String status = start.isAfter(today) ? "PLANNED" : end.isBefore(today) ? "COMPLETED"
                        : running++ % 4 == 1 ? "ON_HOLD" : "ACTIVE";
                String name = PROJECTS[(p + client.name().length()) % PROJECTS.length] + " " + start.getYear();
                if (hasProject(client, name)) {
                    name = name + " (" + start.getMonthValue() + ")";
                }
                long owner = pick(start, 1, p).id();
                List<Long> members = new ArrayList<>();
                for (int team : new int[] {2, 3, 4, 5}) {
                    if (random.nextInt(3) > 0) {
                        long member = pick(start, team, p + team).id();
                        if (member != owner && !members.contains(member)) {
                            members.add(member);
                        }
                    }
                }
                BigDecimal budget = BigDecimal.valueOf(5 + random.nextInt(60)).setScale(1, RoundingMode.UNNECESSARY);
                ProjectRow project = new ProjectRow(projectBase + p, client, name, owner, members, status, start, end, budget);
                projects.add(project);
                projectRows.add(new Object[] {project.id(), client.id(), name,
                        "Objectifs, périmètre et livrables convenus avec " + client.name() + ".", owner, status,
                        Date.valueOf(start), Date.valueOf(end), budget, ts(start), ts(start)});
                members.forEach(member -> memberRows.add(new Object[] {project.id(), member}));
                memberRows.add(new Object[] {project.id(), owner});
                activityRows.add(activity(start, owner, client.id(), project.id(), null, "PROJECT_CREATED", name));

                int taskTotal = 6 + random.nextInt(9);
                List<Long> team = new ArrayList<>(members);
                team.add(owner);
                for (int t = 0; t < taskTotal; t++) {
                    long taskId = taskBase + taskCount++;
                    String[] group = TASKS[t % TASKS.length];
                    String title = group[(t / TASKS.length + p) % group.length];
                    LocalDate due = start.plusDays((long) (end.toEpochDay() - start.toEpochDay()) * (t + 1) / taskTotal);
                    String taskStatus = taskStatus(status, due, t);
                    long assignee = team.get((t + p) % team.size());
                    LocalDate created = start.plusDays(Math.min(t, 10));
                    taskRows.add(new Object[] {taskId, project.id(), title, null, assignee, Date.valueOf(due), taskStatus,
                            t % 5 == 0 ? "HIGH" : t % 7 == 0 ? "URGENT" : t % 3 == 0 ? "LOW" : "NORMAL", owner,
                            ts(created), ts(created), taskStatus.equals("DONE") ? ts(min(due, today)) : null});
                    if (t % 4 == 0) {
                        for (int c = 0; c < 3; c++) {
                            checklistRows.add(new Object[] {taskId, c, List.of("Brief validé", "Première version",
                                    "Relecture client").get(c), taskStatus.equals("DONE") || c == 0});
                        }
                    }
                    if (t % 6 == 1 && !created.isAfter(today)) {
                        commentRows.add(new Object[] {taskId, assignee, "Première version en ligne, @" + handle(owner)
                                + " peux-tu relire avant l'envoi au client ?", ts(min(created.plusDays(2), today))});
                    }
                    if (taskStatus.equals("DONE")) {
                        activityRows.add(activity(min(due, today), assignee, client.id(), project.id(), taskId,
                                "TASK_MOVED:DONE", title));
                    }
                }

                if (!status.equals("PLANNED")) {
                    BigDecimal total = budget.multiply(DAY_RATE);
                    int parts = total.compareTo(new BigDecimal("15000")) > 0 ? 3 : 2;
                    for (int n = 0; n < parts; n++) {
                        LocalDate issued = start.plusDays((end.toEpochDay() - start.toEpochDay()) * n / Math.max(1, parts - 1));
                        if (issued.isAfter(today)) {
                            break;
                        }
                        BigDecimal excl = total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP);
                        LocalDate due = issued.plusDays(30);
                        String invoiceStatus;
                        LocalDate paidOn = null;
                        boolean settled = due.isBefore(today.minusDays(20)) || (due.isBefore(today) && random.nextInt(4) > 0);
                        int daysToPay = settled ? 15 + random.nextInt(30) : 0;
                        // some clients pay late: one invoice in four fallen due over the last four months is
                        // still unpaid (chosen without drawing, so the rest of the seeded history stays the same)
                        boolean paysLate = due.isBefore(today) && due.isAfter(today.minusMonths(4)) && invoiceNumber % 4 == 0;
                        if (settled && !paysLate) {
                            invoiceStatus = "PAID";
                            paidOn = min(issued.plusDays(daysToPay), today);
                        } else if (due.isBefore(today)) {
                            invoiceStatus = "OVERDUE";
                        } else {
                            invoiceStatus = random.nextInt(5) == 0 ? "DRAFT" : "SENT";
                        }
                        long invoiceId = invoiceBase + invoiceCount++;
                        String number = String.format("F-%d-%04d", issued.getYear(), invoiceNumber++);
                        invoiceRows.add(new Object[] {invoiceId, number, client.id(), project.id(), Date.valueOf(issued),
                                Date.valueOf(due), excl, excl.multiply(VAT).setScale(2, RoundingMode.HALF_UP),
                                invoiceStatus, paidOn == null ? null : Date.valueOf(paidOn), ts(issued), ts(issued)});
                        if (paidOn != null) {
                            activityRows.add(activity(paidOn, client.ownerId(), client.id(), null, null,
                                    "INVOICE_PAID", number));
                        }
                    }
                }
            }

            jdbc.batchUpdate("insert into client (id, name, sector, status, account_owner_id, notes, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", clientRows);
            jdbc.batchUpdate("insert into client_contact (id, client_id, name, role, email, phone) values (?, ?, ?, ?, ?, ?)",
                    contactRows);
            jdbc.batchUpdate("insert into project (id, client_id, name, description, owner_id, status, start_date, end_date, "
                    + "budget_days, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", projectRows);
            jdbc.batchUpdate("insert into project_member (project_id, person_id) values (?, ?)", memberRows);
            jdbc.batchUpdate("insert into task (id, project_id, title, description, assignee_id, due_date, status, priority, "
                    + "created_by, created_at, updated_at, done_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", taskRows);
            jdbc.batchUpdate("insert into task_checklist_item (task_id, position, text, done) values (?, ?, ?, ?)", checklistRows);
            jdbc.batchUpdate("insert into task_comment (task_id, author_id, body, created_at) values (?, ?, ?, ?)", commentRows);
            jdbc.batchUpdate("insert into invoice (id, number, client_id, project_id, issue_date, due_date, amount_excl, "
                    + "amount_incl, status, paid_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    invoiceRows);
            jdbc.batchUpdate("insert into client_activity (occurred_at, actor_id, client_id, project_id, task_id, action, detail) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", activityRows);
            return this;
        }

        private String taskStatus(String projectStatus, LocalDate due, int index) {
            return switch (projectStatus) {
                case "COMPLETED" -> "DONE";
                case "PLANNED" -> "TO_DO";
                default -> due.isBefore(today.minusDays(10)) && index % 5 != 2 ? "DONE"
                        : List.of("TO_DO", "DOING", "WAITING_ON_CLIENT", "TO_DO", "DOING").get((index + due.getDayOfMonth()) % 5);
            };
        }

        /** A person of the team (by index in the demo's team list) who had started by that day; else the founder. */
        private PersonSummary pick(LocalDate when, int teamIndex, int salt) {
            String teamName = DemoOrganisation.TEAMS.get(teamIndex).name();
            List<PersonSummary> present = staff.stream()
                    .filter(s -> teamName.equals(s.teamName()) && !s.startDate().isAfter(when)).toList();
            return present.isEmpty() ? staff.getFirst() : present.get(Math.floorMod(salt * 31 + salt / 3, present.size()));
        }

        private String handle(long personId) {
            return staff.stream().filter(s -> s.id() == personId).findFirst()
                    .map(s -> s.email().substring(0, s.email().indexOf('@'))).orElse("");
        }

        private boolean hasProject(ClientRow client, String name) {
            return projects.stream().anyMatch(p -> p.client().id() == client.id() && p.name().equals(name));
        }

        private Object[] activity(LocalDate day, Long actor, long clientId, Long projectId, Long taskId, String action,
                String detail) {
            return new Object[] {ts(day), actor, clientId, projectId, taskId, action, detail};
        }

        private Timestamp ts(LocalDate day) {
            Instant at = day.atTime(9, 30).toInstant(ZoneOffset.UTC);
            return Timestamp.from(at.isAfter(now) ? now : at);
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }

        private static String domain(String clientName) {
            return java.text.Normalizer.normalize(clientName, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".fr";
        }

        private static long next(JdbcTemplate jdbc, String table) {
            Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
            return (max == null ? 0 : max) + 1;
        }

        Map<String, ClientRow> clientsByName() {
            Map<String, ClientRow> byName = new HashMap<>();
            clients.forEach(c -> byName.put(c.name(), c));
            return byName;
        }
    }
}
