package io.relais.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.platform.NotFoundException;
import io.relais.platform.RelaisProperties;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Personal to-do lists through the secured service. Every test plays fresh people, so their lists
 * start empty and orders and counts are exact.
 */
@RelaisSpringTest
@RecordApplicationEvents
class TodoServiceTest {

    @Autowired
    TodoService todos;

    @Autowired
    RelaisProperties properties;

    @Autowired
    ApplicationEvents events;

    TestUsers users;
    User alice;
    User bruno;
    LocalDate today = LocalDate.now();

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @BeforeEach
    void setUp() {
        alice = users.createUser("Alice", Roles.EMPLOYEE);
        bruno = users.createUser("Bruno", Roles.EMPLOYEE);
    }

    @Test
    void newItemsGoOnTopOfTheOwnersListWithTheirTimestamps() {
        TodoItem first = asAlice(() -> todos.add(new TodoForm("  Relire la charte  ", today.plusDays(3), null, null)));
        TodoItem second = asAlice(() -> todos.add(TodoForm.titled("Préparer le séminaire 🏔️")));

        assertThat(first.title()).isEqualTo("Relire la charte");
        assertThat(first.dueDate()).isEqualTo(today.plusDays(3));
        assertThat(first.done()).isFalse();
        assertThat(first.linked()).isFalse();
        assertThat(first.createdAt()).isNotNull();
        assertThat(first.completedAt()).isNull();
        assertThat(titles(alice, TodoFilter.OPEN)).containsExactly("Préparer le séminaire 🏔️", "Relire la charte");
        assertThat(asAlice(() -> todos.count(TodoFilter.OPEN))).isEqualTo(2);
        assertThat(titles(bruno, TodoFilter.ALL)).as("Bruno's list is his own").isEmpty();
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void tickingRecordsWhenAndUntickingForgetsIt() {
        TodoItem item = asAlice(() -> todos.add(TodoForm.titled("Envoyer le devis")));

        TodoItem done = asAlice(() -> todos.setDone(item.id(), true));
        assertThat(done.done()).isTrue();
        assertThat(done.completedAt()).isNotNull();
        assertThat(titles(alice, TodoFilter.OPEN)).isEmpty();
        assertThat(titles(alice, TodoFilter.DONE)).containsExactly("Envoyer le devis");

        TodoItem reopened = asAlice(() -> todos.setDone(item.id(), false));
        assertThat(reopened.done()).isFalse();
        assertThat(reopened.completedAt()).isNull();
        assertThat(events.stream(LinkedTodoCompleted.class)).as("an own item concerns nobody else").isEmpty();
    }

    @Test
    void filtersSplitOpenDueOverdueAndDone() {
        asAlice(() -> todos.add(new TodoForm("Hier", today.minusDays(1), null, null)));
        asAlice(() -> todos.add(new TodoForm("Il y a une semaine", today.minusDays(7), null, null)));
        asAlice(() -> todos.add(new TodoForm("Aujourd'hui", today, null, null)));
        asAlice(() -> todos.add(new TodoForm("Demain", today.plusDays(1), null, null)));
        asAlice(() -> todos.add(TodoForm.titled("Un jour")));
        TodoItem finished = asAlice(() -> todos.add(new TodoForm("Fini en retard", today.minusDays(3), null, null)));
        asAlice(() -> todos.setDone(finished.id(), true));

        assertThat(titles(alice, TodoFilter.OPEN))
                .containsExactly("Un jour", "Demain", "Aujourd'hui", "Il y a une semaine", "Hier");
        assertThat(titles(alice, TodoFilter.DUE_TODAY)).containsExactly("Il y a une semaine", "Hier", "Aujourd'hui");
        assertThat(titles(alice, TodoFilter.OVERDUE)).containsExactly("Il y a une semaine", "Hier");
        assertThat(titles(alice, TodoFilter.DONE)).containsExactly("Fini en retard");
        assertThat(titles(alice, TodoFilter.ALL)).hasSize(6).endsWith("Fini en retard");
        assertThat(asAlice(() -> todos.count(TodoFilter.OVERDUE))).isEqualTo(2);
        assertThat(asAlice(() -> todos.count(TodoFilter.DUE_TODAY))).isEqualTo(3);
        assertThat(asAlice(() -> todos.page(TodoFilter.ALL, 2, 2))).extracting(TodoItem::title)
                .containsExactly("Aujourd'hui", "Il y a une semaine");
        TodoItem overdue = asAlice(() -> todos.page(TodoFilter.OVERDUE, 0, 1)).getFirst();
        assertThat(overdue.overdue(today)).isTrue();
        assertThat(overdue.dueToday(today)).isFalse();
    }

    @Test
    void itemsAreReorderedByDroppingThemBeforeOrAfterAnother() {
        for (String title : List.of("E", "D", "C", "B", "A")) {
            asAlice(() -> todos.add(TodoForm.titled(title)));
        }
        assertThat(titles(alice, TodoFilter.OPEN)).containsExactly("A", "B", "C", "D", "E");

        move("A", "D", Placement.AFTER);
        assertThat(titles(alice, TodoFilter.OPEN)).containsExactly("B", "C", "D", "A", "E");
        move("E", "B", Placement.BEFORE);
        assertThat(titles(alice, TodoFilter.OPEN)).containsExactly("E", "B", "C", "D", "A");
        move("B", "A", Placement.BEFORE);
        assertThat(titles(alice, TodoFilter.OPEN)).containsExactly("E", "C", "D", "B", "A");
        move("A", "C", Placement.AFTER);
        assertThat(titles(alice, TodoFilter.OPEN)).containsExactly("E", "C", "A", "D", "B");
        move("E", "E", Placement.AFTER);
        move("C", "E", Placement.AFTER);
        assertThat(titles(alice, TodoFilter.OPEN)).as("dropped where it already is").containsExactly("E", "C", "A", "D", "B");

        TodoItem d = item(alice, "D");
        asAlice(() -> todos.delete(item(alice, "C").id()));
        move("B", "E", Placement.BEFORE);
        move("E", "D", Placement.AFTER);
        assertThat(titles(alice, TodoFilter.OPEN)).as("gaps left by deletions do not matter").containsExactly("B", "A", "D", "E");
        assertThat(item(alice, "D").version()).as("moving others is not an edit of this one").isEqualTo(d.version());
    }

    @Test
    void theKeyboardMovesAnItemOnePlaceAtATimeAmongItsPeers() {
        for (String title : List.of("C", "B", "A")) {
            asAlice(() -> todos.add(TodoForm.titled(title)));
        }
        TodoItem done = asAlice(() -> todos.add(TodoForm.titled("Fait")));
        asAlice(() -> todos.setDone(done.id(), true));

        asAlice(() -> todos.nudge(item(alice, "A").id(), false));
        assertThat(titles(alice, TodoFilter.ALL)).containsExactly("B", "A", "C", "Fait");
        asAlice(() -> todos.nudge(item(alice, "C").id(), true));
        asAlice(() -> todos.nudge(item(alice, "C").id(), true));
        assertThat(titles(alice, TodoFilter.ALL)).containsExactly("C", "B", "A", "Fait");
        asAlice(() -> todos.nudge(item(alice, "C").id(), true));
        asAlice(() -> todos.nudge(item(alice, "A").id(), false));
        assertThat(titles(alice, TodoFilter.ALL)).as("the ends stay put; open items do not swap with done ones")
                .containsExactly("C", "B", "A", "Fait");
        assertThatThrownBy(() -> users.as(bruno.email(), () -> todos.nudge(item(alice, "B").id(), true)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void editsAreValidatedAndKeepTheOwnersWording() {
        TodoItem item = asAlice(() -> todos.add(TodoForm.titled("Brouillon")));

        TodoItem saved = asAlice(() -> todos.update(item.id(), item.version(),
                new TodoForm("Relire le guide", today, properties.publicUrl() + "/docs/12/guide?x=1#plan", "Le guide")));
        assertThat(saved.title()).isEqualTo("Relire le guide");
        assertThat(saved.link()).as("an address of Relais becomes its path").isEqualTo("/docs/12/guide?x=1#plan");
        assertThat(saved.linkLabel()).isEqualTo("Le guide");

        assertRefused(() -> todos.update(item.id(), saved.version(), TodoForm.titled("  ")), "title", "validation.required");
        assertRefused(() -> todos.update(item.id(), saved.version(), TodoForm.titled("x".repeat(301))), "title",
                "validation.too-long");
        assertRefused(() -> todos.add(TodoForm.titled("ligne\nligne")), "title", "validation.control-characters");
        for (String hostile : List.of("javascript:alert(1)", "//evil.example/x", "data:text/html,<script>", "/\\evil",
                "https://", "ftp://files.example/x", "docs/12")) {
            assertRefused(() -> todos.update(item.id(), saved.version(), new TodoForm("Lien", null, hostile, null)),
                    "link", "todo.error.link");
        }
        assertRefused(() -> todos.update(item.id(), item.version(), TodoForm.titled("Ancienne version")), null,
                "error.concurrent-edit");
        TodoItem external = asAlice(() -> todos.update(item.id(), saved.version(),
                new TodoForm("Lire l'article", null, "https://example.org/article", "  ")));
        assertThat(external.link()).isEqualTo("https://example.org/article");
        assertThat(external.linkLabel()).isNull();
        assertThat(asAlice(() -> todos.get(item.id())).title()).isEqualTo("Lire l'article");
    }

    @Test
    void nobodyReadsOrChangesSomebodyElsesItems() {
        TodoItem mine = asAlice(() -> todos.add(new TodoForm("Secret", today.minusDays(1), null, null)));

        users.as(bruno.email(), () -> {
            assertThatThrownBy(() -> todos.get(mine.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> todos.update(mine.id(), mine.version(), TodoForm.titled("Volé")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> todos.setDone(mine.id(), true)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> todos.delete(mine.id())).isInstanceOf(NotFoundException.class);
            TodoItem his = todos.add(TodoForm.titled("À moi"));
            assertThatThrownBy(() -> todos.move(his.id(), mine.id(), Placement.BEFORE)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> todos.move(mine.id(), his.id(), Placement.BEFORE)).isInstanceOf(NotFoundException.class);
            assertThat(todos.page(TodoFilter.ALL, 0, 50)).extracting(TodoItem::title).containsExactly("À moi");
            assertThat(todos.count(TodoFilter.OVERDUE)).isZero();
        });
        TodoItem still = asAlice(() -> todos.get(mine.id()));
        assertThat(still.title()).isEqualTo("Secret");
        assertThat(still.done()).isFalse();
    }

    @Test
    void aLinkedItemFollowsItsWorkItemAndMovesWithItsAssignee() {
        String source = "tests:task:" + TestUsers.unique();
        users.as(bruno.email(), () -> todos.syncLinked(new LinkedTodo(source, alice.personId(), "Mettre à jour le devis",
                today.plusDays(2), "/docs/7/devis", "Compte rendu du 3 mars", false)));

        TodoItem linked = asAlice(() -> todos.page(TodoFilter.OPEN, 0, 10)).getFirst();
        assertThat(linked.title()).isEqualTo("Mettre à jour le devis");
        assertThat(linked.linked()).isTrue();
        assertThat(linked.link()).isEqualTo("/docs/7/devis");
        assertThat(linked.linkLabel()).isEqualTo("Compte rendu du 3 mars");

        users.as(bruno.email(), () -> todos.syncLinked(new LinkedTodo(source, alice.personId(),
                "Envoyer le devis\nsigné " + "é".repeat(400), today, "/docs/7/devis", false)));
        TodoItem renamed = asAlice(() -> todos.get(linked.id()));
        assertThat(renamed.title()).as("flattened and cut to a title").startsWith("Envoyer le devis signé éé")
                .hasSize(TodoService.MAX_TITLE).endsWith("…");
        assertThat(renamed.dueDate()).isEqualTo(today);

        asAlice(() -> todos.add(TodoForm.titled("Propre tâche de Bruno")));
        users.as(bruno.email(), () -> todos.add(TodoForm.titled("Tâche de Bruno")));
        users.as(bruno.email(), () -> todos.syncLinked(new LinkedTodo(source, bruno.personId(), "Envoyer le devis",
                today, null, true)));
        assertThat(titles(alice, TodoFilter.ALL)).containsExactly("Propre tâche de Bruno");
        List<TodoItem> brunos = users.as(bruno.email(), () -> todos.page(TodoFilter.ALL, 0, 10));
        assertThat(brunos).extracting(TodoItem::title).containsExactly("Tâche de Bruno", "Envoyer le devis");
        assertThat(brunos.getLast().done()).isTrue();
        assertThat(brunos.getLast().completedAt()).isNotNull();
        assertThat(brunos.getLast().link()).isNull();
        assertThat(events.stream(LinkedTodoCompleted.class)).as("the owning feature made the change").isEmpty();

        users.as(bruno.email(), () -> todos.removeLinked(source));
        assertThat(titles(bruno, TodoFilter.ALL)).containsExactly("Tâche de Bruno");
        users.as(bruno.email(), () -> todos.removeLinked(source));
    }

    @Test
    void tickingALinkedItemTellsTheOwningFeatureButItsWordingStaysTheirs() {
        String source = "tests:task:" + TestUsers.unique();
        asAlice(() -> todos.syncLinked(new LinkedTodo(source, alice.personId(), "Valider la maquette", null, null, false)));
        TodoItem linked = asAlice(() -> todos.page(TodoFilter.OPEN, 0, 1)).getFirst();

        asAlice(() -> todos.setDone(linked.id(), true));
        asAlice(() -> todos.setDone(linked.id(), true));
        assertThat(events.stream(LinkedTodoCompleted.class))
                .containsExactly(new LinkedTodoCompleted(source, alice.personId()));
        asAlice(() -> todos.setDone(linked.id(), false));
        assertThat(events.stream(LinkedTodoReopened.class))
                .containsExactly(new LinkedTodoReopened(source, alice.personId()));

        assertRefused(() -> todos.update(linked.id(), linked.version(), TodoForm.titled("Autre")), null, "todo.error.linked");
        assertRefused(() -> todos.delete(linked.id()), null, "todo.error.linked");
    }

    @Test
    void aGroupOfLinkedItemsIsReplacedAsAWhole() {
        String prefix = "tests:minutes:" + TestUsers.unique() + ":";
        asAlice(() -> todos.syncLinkedGroup(prefix, List.of(
                new LinkedTodo(prefix + 0, alice.personId(), "Action 0", null, null, false),
                new LinkedTodo(prefix + 1, bruno.personId(), "Action 1", null, null, false),
                new LinkedTodo(prefix + 2, alice.personId(), "Action 2", null, null, false))));
        assertThat(titles(alice, TodoFilter.ALL)).containsExactlyInAnyOrder("Action 0", "Action 2");
        assertThat(titles(bruno, TodoFilter.ALL)).containsExactly("Action 1");

        asAlice(() -> todos.syncLinkedGroup(prefix, List.of(
                new LinkedTodo(prefix + 0, alice.personId(), "Action 0 reformulée", null, null, true))));
        assertThat(titles(alice, TodoFilter.ALL)).containsExactly("Action 0 reformulée");
        assertThat(titles(alice, TodoFilter.DONE)).containsExactly("Action 0 reformulée");
        assertThat(titles(bruno, TodoFilter.ALL)).isEmpty();

        assertThatThrownBy(() -> asAlice(() -> todos.syncLinkedGroup(prefix, List.of(
                new LinkedTodo("tests:other:1", alice.personId(), "Ailleurs", null, null, false)))))
                .isInstanceOf(IllegalArgumentException.class);
        asAlice(() -> todos.syncLinkedGroup(prefix, List.of()));
        assertThat(titles(alice, TodoFilter.ALL)).isEmpty();
    }

    @Test
    void linkedItemsRefuseMalformedSourcesAndForeignLinks() {
        for (String source : new String[] {null, "", "a b", "é", "x".repeat(201)}) {
            assertThatThrownBy(() -> asAlice(() -> todos.syncLinked(
                    new LinkedTodo(source, alice.personId(), "Titre", null, null, false))))
                    .as(String.valueOf(source)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> asAlice(() -> todos.syncLinked(new LinkedTodo("tests:x:" + TestUsers.unique(),
                alice.personId(), "Titre", null, "javascript:alert(1)", false))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> asAlice(() -> todos.syncLinked(new LinkedTodo("tests:x:" + TestUsers.unique(),
                alice.personId(), " ", null, null, false))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(titles(alice, TodoFilter.ALL)).isEmpty();
    }

    private void move(String title, String targetTitle, Placement placement) {
        long id = item(alice, title).id();
        long target = item(alice, targetTitle).id();
        asAlice(() -> todos.move(id, target, placement));
    }

    private TodoItem item(User user, String title) {
        return users.as(user.email(), () -> todos.page(TodoFilter.ALL, 0, 100)).stream()
                .filter(item -> item.title().equals(title)).findFirst().orElseThrow();
    }

    private List<String> titles(User user, TodoFilter filter) {
        return users.as(user.email(), () -> todos.page(filter, 0, 100)).stream().map(TodoItem::title).toList();
    }

    private <T> T asAlice(java.util.function.Supplier<T> work) {
        return users.as(alice.email(), work);
    }

    private void asAlice(Runnable work) {
        users.as(alice.email(), work);
    }

    private void assertRefused(Runnable work, String field, String key) {
        assertThatThrownBy(() -> asAlice(work)).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(key);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}
