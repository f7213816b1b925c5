package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.TestUsers.User;
import io.relais.platform.Roles;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Action items of meeting minutes land on their assignees' to-do lists, follow every edit, and
 * ticking the to-do ticks the action item. Assignees are fresh people, so their lists are exact.
 */
@RelaisSpringTest
class ActionItemTodosTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    DocumentService documents;
    @Autowired
    TodoService todos;
    @Autowired
    UserDetailsService userDetails;

    TestUsers users;
    As as;
    User alice;
    User bruno;
    LocalDate today = LocalDate.now();

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @BeforeEach
    void setUp() {
        as = new As(userDetails);
        alice = users.createUser("Alice", Roles.EMPLOYEE);
        bruno = users.createUser("Bruno", Roles.EMPLOYEE);
    }

    @Test
    void actionItemsFollowTheMinutesOntoTheAssigneesLists() {
        String title = DocumentFixtures.unique("Trio du lundi");
        DocumentDetails minutes = write(title, Visibility.COMPANY, List.of(
                new KindFields.ActionItem("Envoyer le devis", alice.personId(), today.plusDays(3), false),
                new KindFields.ActionItem("Relancer le client", bruno.personId(), today.plusDays(7), false),
                new KindFields.ActionItem("Sans responsable", null, null, false)));

        TodoItem aliceTodo = single(alice);
        assertThat(aliceTodo.title()).isEqualTo("Envoyer le devis");
        assertThat(aliceTodo.dueDate()).isEqualTo(today.plusDays(3));
        assertThat(aliceTodo.linked()).isTrue();
        assertThat(aliceTodo.link()).isEqualTo(DocumentPaths.of(minutes.id(), minutes.slug()));
        assertThat(aliceTodo.linkLabel()).isEqualTo(title);
        assertThat(single(bruno).title()).isEqualTo("Relancer le client");

        DocumentDetails edited = edit(minutes, List.of(
                new KindFields.ActionItem("Envoyer le devis signé", bruno.personId(), today.plusDays(4), false),
                new KindFields.ActionItem("Relancer le client", bruno.personId(), today.plusDays(7), true)));
        assertThat(list(alice)).as("reassigned to Bruno").isEmpty();
        assertThat(list(bruno)).extracting(TodoItem::title, TodoItem::done).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Envoyer le devis signé", false),
                org.assertj.core.groups.Tuple.tuple("Relancer le client", true));

        as.run("lucas.bernard", () -> documents.delete(edited.id()));
        assertThat(list(bruno)).as("the minutes are gone").isEmpty();
    }

    @Test
    void tickingTheToDoTicksTheActionItemAndUntickingReopensIt() {
        DocumentDetails minutes = write(DocumentFixtures.unique("Trio du lundi"), Visibility.COMPANY, List.of(
                new KindFields.ActionItem("Préparer la démo", alice.personId(), today, false)));
        long versionBefore = minutes.version();
        TodoItem todo = single(alice);

        users.as(alice.email(), () -> todos.setDone(todo.id(), true));
        DocumentDetails after = as.user("lucas.bernard", () -> documents.get(minutes.id()));
        assertThat(after.fields().actionItems()).singleElement().satisfies(item -> assertThat(item.done()).isTrue());
        assertThat(after.version()).as("an editor still open on the old version hears about it").isGreaterThan(versionBefore);
        assertThat(single(alice).done()).isTrue();

        users.as(alice.email(), () -> todos.setDone(todo.id(), false));
        assertThat(as.user("lucas.bernard", () -> documents.get(minutes.id())).fields().actionItems().getFirst().done())
                .isFalse();
        assertThat(single(alice).done()).isFalse();
    }

    @Test
    void anAssigneeWhoMayNotReadTheMinutesGetsNoToDoUntilTheyMay() {
        DocumentDetails minutes = write(DocumentFixtures.unique("Réunion d'équipe"), Visibility.SPACE, List.of(
                new KindFields.ActionItem("Lire le rapport confidentiel", alice.personId(), today, false)));
        assertThat(list(alice)).as("the to-do would reveal the title of minutes Alice may not open").isEmpty();

        as.run("lucas.bernard", () -> documents.changeVisibility(minutes.id(), Visibility.PEOPLE, Set.of(alice.personId())));
        assertThat(single(alice).title()).isEqualTo("Lire le rapport confidentiel");
        as.run("lucas.bernard", () -> documents.changeVisibility(minutes.id(), Visibility.SPACE, Set.of()));
        assertThat(list(alice)).isEmpty();
    }

    private DocumentDetails write(String title, Visibility visibility, List<KindFields.ActionItem> actions) {
        return as.user("lucas.bernard", () -> {
            long space = DocumentFixtures.spaceOfTeam(documents, TECH);
            return documents.create(DocumentKind.MINUTES, new DocumentForm(space, title, "## Notes", "fr", visibility,
                    Set.of(), Set.of(), null, KindFields.EMPTY.withMeeting(today, "Tour de table",
                            Set.of(alice.personId(), bruno.personId()), List.of(), actions)));
        });
    }

    private DocumentDetails edit(DocumentDetails minutes, List<KindFields.ActionItem> actions) {
        return as.user("lucas.bernard", () -> {
            DocumentDetails current = documents.get(minutes.id());
            KindFields f = current.fields();
            DocumentForm form = current.toForm();
            return documents.update(minutes.id(), current.version(), new DocumentForm(form.spaceId(), form.title(),
                    form.body() + "\n\nSuite.", form.language(), form.visibility(), form.tags(), form.readerIds(),
                    form.reviewBy(), f.withMeeting(f.meetingDate(), f.agenda(), f.attendeeIds(), f.decisionsTaken(), actions)));
        });
    }

    private List<TodoItem> list(User user) {
        return users.as(user.email(), () -> todos.page(TodoFilter.ALL, 0, 50));
    }

    private TodoItem single(User user) {
        List<TodoItem> items = list(user);
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
