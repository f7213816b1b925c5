package io.relais.demo;

import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.platform.RelaisProperties;
import io.relais.platform.SystemTask;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
 * The demo logins' own to-dos: some late, some due today, some later, some done, a few linked to
 * a profile or a page. (Action items of the trio minutes reach the lists through the documents.)
 */
@Component
@Profile("!prod")
@Order(30)
class DemoTodos implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTodos.class);

    /** An item due {@code inDays} from today (null: no date), linked to {@code link} when set. */
    private record Item(String title, Integer inDays, String link, String linkLabel, boolean done) {
        static Item of(String title, Integer inDays) {
            return new Item(title, inDays, null, null, false);
        }
    }

    private final TodoService todos;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoTodos(TodoService todos, PersonService people, JdbcTemplate jdbc, TransactionTemplate transaction,
            RelaisProperties properties, Clock clock) {
        this.todos = todos;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long own = jdbc.queryForObject("select count(*) from todo where source is null", Long.class);
        if (!properties.demo() || (own != null && own > 0)) {
            return;
        }
        long started = System.nanoTime();
        SystemTask.runAsAdmin(() -> transaction.executeWithoutResult(status -> create()));
        log.info("Demo to-dos created in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void create() {
        int toFriday = (int) (LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).toEpochDay()
                - LocalDate.now(clock).toEpochDay());
        PersonRef newest = people.findByHandle("jade.moulin").orElseThrow();
        String newestProfile = "/people/" + newest.id();
        write("claire.fontaine", List.of(
                Item.of("Valider les objectifs de l'équipe Création", -2),
                Item.of("Relire le budget prévisionnel 2027", 0),
                new Item("Préparer l'ordre du jour du point de fin de semaine", toFriday, null, null, false),
                Item.of("Rencontrer le nouveau client du secteur viticole", 12),
                new Item("Signer le bail des nouveaux bureaux", -5, null, null, true)));
        write("sophie.laurent", List.of(
                new Item("Préparer l'arrivée de " + newest.fullName(), 3, newestProfile, newest.fullName(), false),
                Item.of("Relancer les entretiens annuels en retard", -4),
                Item.of("Mettre à jour le guide d'accueil", 0),
                new Item("Lire le guide d'écriture avant de le réviser", 9, "/docs", "Documents", false),
                new Item("Envoyer les attestations de formation", -10, null, null, true)));
        write("julien.mercier", List.of(
                Item.of("Renouveler le certificat TLS du site client", 1),
                Item.of("Relire la revue de code de Zoé", 0),
                Item.of("Planifier la mise à jour de MariaDB", -1),
                new Item("Sauvegarder la base avant la migration", -3, null, null, true)));
        write("lucas.bernard", List.of(
                Item.of("Corriger l'affichage du menu sur mobile", 0),
                Item.of("Écrire la procédure d'astreinte", 6),
                new Item("Lire le retour d'expérience sur le tracking", null, "/docs", "Documents", false),
                Item.of("Mettre à jour les dépendances du site vitrine", -2),
                new Item("Tester le formulaire de contact", -1, null, null, true)));
        write("ines.haddad", List.of(
                Item.of("Configurer ma signature e-mail", 0),
                new Item("Lire les documents de l'espace Contenu & Social", 2, "/docs", "Documents", false),
                Item.of("Proposer trois sujets d'articles", 7),
                new Item("Récupérer mon badge", -1, null, null, true)));
    }

    private void write(String handle, List<Item> items) {
        PersonRef person = people.findByHandle(handle).orElseThrow();
        SystemTask.runAsPerson(person.id(), handle, () -> {
            // Added in reverse, since new items go on top: the list reads as written here.
            for (Item item : items.reversed()) {
                TodoItem added = todos.add(new TodoForm(item.title(),
                        item.inDays() == null ? null : LocalDate.now(clock).plusDays(item.inDays()),
                        item.link(), item.linkLabel()));
                if (item.done()) {
                    todos.setDone(added.id(), true);
                }
            }
            return null;
        });
    }
}
