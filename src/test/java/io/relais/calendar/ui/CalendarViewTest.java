package io.relais.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.AbsenceType;
import io.relais.calendar.CalendarFixtures;
import io.relais.calendar.CalendarKind;
import io.relais.calendar.CalendarRef;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventLinks;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.Recurrence;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.RelaisCalendar;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import io.relais.todo.ui.TodosView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The calendar view without a browser: default calendars, the lazy range feed in the reader's zone,
 * a private event as "Busy" to others, creating an event from a selected slot, a refused drag, the
 * month and agenda ranges, "this and following" and "cancel this occurrence" on a series, the
 * absence and feed dialogs, and links to an event.
 */
@RelaisSpringTest
class CalendarViewTest extends SpringBrowserlessTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarService service;

    @Autowired
    TodoService todos;

    @LocalServerPort
    int port;

    private final LocalDate monday = LocalDate.now().plusYears(4).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    private CalendarView openAs(TestUsers.User user) {
        signIn(user);
        return navigate(CalendarView.class);
    }

    private void signIn(TestUsers.User user) {
        var details = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(user.email());
        SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(details,
                        null, details.getAuthorities()));
    }

    /** Opens a link to an event as a person following it would (the address bar, a to-do, the home page). */
    private CalendarView follow(TestUsers.User user, String link) {
        signIn(user);
        // from another page, as a link is followed (the same view would otherwise be kept, with its reader)
        navigate(TodosView.class);
        String query = link.substring(link.indexOf('?') + 1);
        UI.getCurrent().navigate("calendar", QueryParameters.fromString(query));
        return (CalendarView) getCurrentView();
    }

    private List<RelaisCalendar.Entry> titled(List<RelaisCalendar.Entry> entries, String title) {
        return entries.stream().filter(e -> e.title().startsWith(title)).toList();
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private List<RelaisCalendar.Entry> week(CalendarView view) {
        return view.calendar().entries(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay());
    }

    @Test
    void showsOwnTeamAndCompanyCalendarsAndAPrivateEventAsBusyInTheReadersZone() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        TestUsers.User alice = fixtures.person("Alice", "Tech & Data", "Europe/Paris");
        TestUsers.User damien = fixtures.person("Damien", "Tech & Data", "America/Toronto");
        long aliceCalendar = users.as(alice.email(), () -> service.personalCalendar(alice.personId()).id());
        users.as(alice.email(), () -> service.create(EventForm.timed(aliceCalendar, "Dentiste", monday.atTime(9, 0),
                monday.atTime(10, 0), PARIS).withVisibility(EventVisibility.PRIVATE)));
        users.as(alice.email(), () -> service.create(EventForm.timed(aliceCalendar, "Démo client", monday.atTime(15, 0),
                monday.atTime(16, 0), PARIS)));

        CalendarView view = openAs(damien);
        assertThat(view.shownCalendars().getSelectedItems()).extracting(CalendarRef::kind)
                .containsExactlyInAnyOrder(CalendarKind.COMPANY, CalendarKind.PERSONAL, CalendarKind.TEAM);
        assertThat(view.calendar().getConfigJson()).contains("\"view\":\"timeGridWeek\"").contains("\"editable\":true");

        CalendarRef aliceRef = service.personalCalendar(alice.personId());
        view.shownCalendars().select(aliceRef);
        List<RelaisCalendar.Entry> entries = week(view).stream()
                .filter(e -> e.start().toLocalDate().equals(monday)).toList();
        // Damien reads Toronto time: 09:00 in Paris is 03:00 (or 04:00 in the weeks the clocks differ)
        RelaisCalendar.Entry busy = entries.stream().filter(e -> e.classNames().contains("relais-busy")).findFirst().orElseThrow();
        assertThat(busy.title()).isEqualTo(view.getTranslation("calendar.busy")).doesNotContain("Dentiste");
        assertThat(busy.start()).isEqualTo(LocalDateTime.ofInstant(monday.atTime(9, 0).atZone(PARIS).toInstant(),
                ZoneId.of("America/Toronto")));
        assertThat(busy.editable()).isFalse();
        assertThat(entries).extracting(RelaisCalendar.Entry::title).contains("Démo client");
        assertThat(entries.toString()).doesNotContain("Dentiste");

        // a drag of somebody else's event is refused without a server change
        assertThat(view.calendar().simulateMove(new RelaisCalendar.Move(busy.id(), busy.start().plusHours(1),
                busy.end().plusHours(1), false))).isFalse();
    }

    /**
     * The month and agenda views are FullCalendar's own buttons; what the server owes them is the
     * view setting and the entries of the whole range each asks for (six weeks for a month grid,
     * one week for the agenda list), absences included as all-day entries.
     */
    @Test
    void monthAndAgendaViewsGetTheEntriesOfTheirWholeRange() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        TestUsers.User erin = fixtures.person("Erin", "Tech & Data", "Europe/Paris");
        long erinCalendar = users.as(erin.email(), () -> service.personalCalendar(erin.personId()).id());
        users.as(erin.email(), () -> {
            service.create(EventForm.timed(erinCalendar, "Ouverture du mois", monday.atTime(10, 0), monday.atTime(11, 0), PARIS));
            service.create(EventForm.timed(erinCalendar, "Clôture du mois", monday.plusWeeks(5).plusDays(3).atTime(10, 0),
                    monday.plusWeeks(5).plusDays(3).atTime(11, 0), PARIS));
            service.recordAbsence(erin.personId(), AbsenceType.HOLIDAY, monday.plusWeeks(2), monday.plusWeeks(2).plusDays(4), null);
        });
        CalendarView view = openAs(erin);

        view.calendar().setView(RelaisCalendar.View.MONTH);
        assertThat(view.calendar().getView()).isEqualTo(RelaisCalendar.View.MONTH);
        assertThat(view.calendar().getConfigJson()).contains("\"view\":\"dayGridMonth\"");
        List<RelaisCalendar.Entry> month = view.calendar().entries(monday.atStartOfDay(), monday.plusWeeks(6).atStartOfDay());
        assertThat(titled(month, "Ouverture du mois")).singleElement().extracting(RelaisCalendar.Entry::start)
                .isEqualTo(monday.atTime(10, 0));
        assertThat(titled(month, "Clôture du mois")).singleElement().extracting(RelaisCalendar.Entry::start)
                .isEqualTo(monday.plusWeeks(5).plusDays(3).atTime(10, 0));
        assertThat(month).filteredOn(e -> e.classNames().contains("relais-absence") && e.title().contains("Erin"))
                .singleElement().satisfies(holiday -> {
                    assertThat(holiday.allDay()).isTrue();
                    assertThat(holiday.start()).isEqualTo(monday.plusWeeks(2).atStartOfDay());
                    assertThat(holiday.end()).isEqualTo(monday.plusWeeks(2).plusDays(5).atStartOfDay());
                    assertThat(holiday.title()).contains(t("calendar.absence.HOLIDAY"));
                });

        view.calendar().setView(RelaisCalendar.View.AGENDA);
        assertThat(view.calendar().getConfigJson()).contains("\"view\":\"listWeek\"");
        List<RelaisCalendar.Entry> agenda = view.calendar().entries(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay());
        assertThat(titled(agenda, "Ouverture du mois")).hasSize(1);
        assertThat(titled(agenda, "Clôture du mois")).as("another week").isEmpty();
    }

    @Test
    void aRecurringEventChangesFromOneOccurrenceOnAndLosesOneOccurrenceFromItsDialog() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        TestUsers.User frank = fixtures.person("Frank", "Tech & Data", "Europe/Paris");
        long frankCalendar = users.as(frank.email(), () -> service.personalCalendar(frank.personId()).id());
        users.as(frank.email(), () -> service.create(EventForm.timed(frankCalendar, "Point hebdo", monday.atTime(9, 0),
                monday.atTime(9, 30), PARIS).withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY)))));
        CalendarView view = openAs(frank);
        java.util.function.Supplier<List<RelaisCalendar.Entry>> threeWeeks = () -> titled(view.calendar().entries(
                monday.atStartOfDay(), monday.plusWeeks(3).atStartOfDay()), "Point hebdo");

        // "this and following" from the second Monday: 10:00 and a new name from then on
        view.calendar().simulateClick(threeWeeks.get().get(1).id());
        EventDialog dialog = $(EventDialog.class).single();
        assertThat(test($(Button.class, dialog).id("event-edit")).isUsable()).isTrue();
        assertThat($(Button.class, dialog).id("event-edit").getText()).isEqualTo(t("calendar.edit.all"));
        test($(Button.class, dialog).id("event-edit-following")).click();
        EventEditor editor = $(EventEditor.class).single();
        assertThat(editor.getHeaderTitle()).isEqualTo(t("calendar.edit.following"));
        assertThat(editor.start.getValue()).isEqualTo(monday.plusWeeks(1).atTime(9, 0));
        editor.title.setValue("Point hebdo (10 h)");
        editor.start.setValue(monday.plusWeeks(1).atTime(10, 0));
        editor.end.setValue(monday.plusWeeks(1).atTime(10, 30));
        editor.save.click();
        assertThat($(EventEditor.class).exists()).isFalse();
        assertThat(threeWeeks.get()).extracting(RelaisCalendar.Entry::title, RelaisCalendar.Entry::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Point hebdo", monday.atTime(9, 0)),
                org.assertj.core.groups.Tuple.tuple("Point hebdo (10 h)", monday.plusWeeks(1).atTime(10, 0)),
                org.assertj.core.groups.Tuple.tuple("Point hebdo (10 h)", monday.plusWeeks(2).atTime(10, 0)));

        // "cancel this occurrence" on the third Monday: that one goes, the series stays
        view.calendar().simulateClick(threeWeeks.get().get(2).id());
        test($(Button.class, $(EventDialog.class).single()).id("event-cancel-occurrence")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("calendar.saved"));
        assertThat($(EventDialog.class).exists()).isFalse();
        assertThat(threeWeeks.get()).extracting(RelaisCalendar.Entry::start)
                .containsExactly(monday.atTime(9, 0), monday.plusWeeks(1).atTime(10, 0));
        assertThat(titled(view.calendar().entries(monday.plusWeeks(3).atStartOfDay(), monday.plusWeeks(4).atStartOfDay()),
                "Point hebdo (10 h)")).as("the weeks after it still come").hasSize(1);
    }

    @Test
    void anAbsenceRecordedInItsDialogShowsOnTheTeamCalendarOfColleagues() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers.User gina = fixtures.person("Gina", "Création & Design", "Europe/Paris");
        TestUsers.User hugo = fixtures.person("Hugo", "Création & Design", "Europe/Paris");
        openAs(gina);
        test($(Button.class).id("calendar-absence")).click();
        AbsenceDialog dialog = $(AbsenceDialog.class).single();
        assertThat(dialog.person.getValue().id()).isEqualTo(gina.personId());
        assertThat(dialog.person.isReadOnly()).as("only HR records somebody else's").isTrue();
        dialog.type.setValue(AbsenceType.REMOTE);
        dialog.first.setValue(monday.plusDays(1));
        dialog.last.setValue(monday);
        test($(Button.class, dialog).id("absence-save")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("calendar.error.end-before-start"));
        assertThat(dialog.isOpened()).as("nothing typed is lost").isTrue();
        dialog.last.setValue(monday.plusDays(2));
        test($(Button.class, dialog).id("absence-save")).click();
        assertThat(dialog.isOpened()).isFalse();

        CalendarView colleagues = openAs(hugo);
        assertThat(week(colleagues)).filteredOn(e -> e.classNames().contains("relais-absence") && e.title().contains("Gina"))
                .singleElement().satisfies(remote -> {
                    assertThat(remote.title()).contains(t("calendar.absence.REMOTE"));
                    assertThat(remote.allDay()).isTrue();
                    assertThat(remote.start()).isEqualTo(monday.plusDays(1).atStartOfDay());
                    assertThat(remote.end()).isEqualTo(monday.plusDays(3).atStartOfDay());
                });
    }

    @Test
    void theFeedDialogShowsTheSecretAddressOnceAndReplacingOrRevokingItEndsTheOldOne() throws Exception {
        TestUsers.User ivy = new CalendarFixtures(context).person("Ivy", null, "Europe/Paris");
        openAs(ivy);
        test($(Button.class).id("calendar-feeds")).click();
        FeedDialog dialog = $(FeedDialog.class).single();
        assertThat(dialog.address.isVisible()).isFalse();
        assertThat(dialog.create.getText()).isEqualTo(t("calendar.feed.create"));
        assertThat(dialog.revoke.isEnabled()).isFalse();

        test(dialog.create).click();
        String first = dialog.address.getValue();
        assertThat(dialog.address.isVisible()).isTrue();
        assertThat(first).matches("https?://[^/]+/ical/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(dialog.address.getHelperText()).isEqualTo(t("calendar.feed.shown-once"));
        assertThat(dialog.create.getText()).isEqualTo(t("calendar.feed.replace"));
        assertThat(dialog.revoke.isEnabled()).isTrue();
        assertThat(feed(first).statusCode()).isEqualTo(200);

        test(dialog.create).click();
        String second = dialog.address.getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(feed(first).statusCode()).as("the replaced address").isEqualTo(404);
        assertThat(feed(second).statusCode()).isEqualTo(200);

        test(dialog.revoke).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("calendar.feed.revoked"));
        assertThat(dialog.address.isVisible()).isFalse();
        assertThat(dialog.revoke.isEnabled()).isFalse();
        assertThat(dialog.create.getText()).isEqualTo(t("calendar.feed.create"));
        assertThat(feed(second).statusCode()).as("the revoked address").isEqualTo(404);
    }

    private HttpResponse<String> feed(String address) throws Exception {
        URI uri = URI.create(address.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * A link to one occurrence opens the calendar on its date with its details, from where it goes
     * on the to-do list with that same link; somebody else's private event opens as "Busy" only, and
     * a deleted event says so without telling anything about it.
     */
    @Test
    void aLinkToAnEventOpensItsDateAndDetailsAndAToDoKeepsThatLink() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        TestUsers.User jules = fixtures.person("Jules", "Tech & Data", "Europe/Paris");
        TestUsers.User kim = fixtures.person("Kim", "Contenu & Social", "Europe/Paris");
        long julesCalendar = users.as(jules.email(), () -> service.personalCalendar(jules.personId()).id());
        long review = users.as(jules.email(), () -> service.create(EventForm.timed(julesCalendar, "Revue de sprint",
                monday.atTime(11, 0), monday.atTime(12, 0), PARIS).withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY)))));
        long secret = users.as(jules.email(), () -> service.create(EventForm.timed(julesCalendar, "Entretien confidentiel",
                monday.atTime(15, 0), monday.atTime(16, 0), PARIS).withVisibility(EventVisibility.PRIVATE)));
        Instant second = monday.plusWeeks(1).atTime(11, 0).atZone(PARIS).toInstant();

        CalendarView view = follow(jules, EventLinks.of(review, second));
        assertThat(view.calendar().getConfigJson()).contains("\"date\":\"" + monday.plusWeeks(1) + "\"");
        EventDialog dialog = $(EventDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Revue de sprint");
        assertThat($(Div.class, dialog).id("event-details").getElement().getTextRecursively())
                .contains(Formats.dateTime(second, PARIS, UI.getCurrent().getLocale()));

        test($(Button.class, dialog).id("event-add-todo")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("calendar.todo-added"));
        TodoItem todo = users.as(jules.email(), () -> todos.page(TodoFilter.ALL, 0, 50)).stream()
                .filter(item -> "Revue de sprint".equals(item.title())).findFirst().orElseThrow();
        assertThat(todo.link()).isEqualTo(EventLinks.of(review, second));
        assertThat(todo.dueDate()).isEqualTo(monday.plusWeeks(1));

        follow(kim, EventLinks.of(secret, monday.atTime(15, 0).atZone(PARIS).toInstant()));
        EventDialog busy = $(EventDialog.class).single();
        assertThat(busy.getHeaderTitle()).isEqualTo(t("calendar.busy"));
        assertThat(busy.getElement().getTextRecursively()).doesNotContain("Entretien", "confidentiel");
        assertThat($(Button.class, busy).withId("event-add-todo").all()).isEmpty();
        busy.close();

        users.as(jules.email(), () -> service.delete(secret));
        for (String gone : List.of(EventLinks.of(secret, monday.atTime(15, 0).atZone(PARIS).toInstant()),
                "/calendar?event=" + Long.MAX_VALUE / 1000, "/calendar?event=12&at=not-a-date")) {
            follow(kim, gone);
            assertThat($(EventDialog.class).exists()).isFalse();
            assertThat(test($(Notification.class).last()).getText()).isEqualTo(t("calendar.link.unavailable"));
        }
    }

    @Test
    void selectingAFreeSlotOpensTheEditorAndSavingShowsTheEvent() {
        TestUsers.User carol = new CalendarFixtures(context).person("Carol", "Création & Design", "Europe/Paris");
        CalendarView view = openAs(carol);
        LocalDateTime slot = monday.atTime(14, 0);
        view.calendar().simulateSelection(new RelaisCalendar.Selection(slot, slot.plusMinutes(30), false));
        EventEditor editor = $(EventEditor.class).single();
        assertThat(editor.start.getValue()).isEqualTo(slot);
        assertThat(editor.calendar.getValue().kind()).isEqualTo(CalendarKind.PERSONAL);
        editor.save.click();
        assertThat(editor.title.isInvalid()).as("a title is required").isTrue();
        editor.title.setValue("Atelier couleurs");
        editor.videoUrl.setValue("javascript:alert(1)");
        editor.save.click();
        assertThat(editor.videoUrl.isInvalid()).isTrue();
        assertThat(editor.title.getValue()).as("nothing typed is lost").isEqualTo("Atelier couleurs");
        editor.videoUrl.setValue("https://meet.example.org/couleurs");
        editor.save.click();
        assertThat($(EventEditor.class).exists()).isFalse();

        RelaisCalendar.Entry created = week(view).stream().filter(e -> "Atelier couleurs".equals(e.title()))
                .findFirst().orElseThrow();
        assertThat(created.start()).isEqualTo(slot);
        assertThat(created.editable()).isTrue();

        // dragging it an hour later moves it
        assertThat(view.calendar().simulateMove(new RelaisCalendar.Move(created.id(), slot.plusHours(1),
                slot.plusHours(1).plusMinutes(30), false))).isTrue();
        assertThat(week(view)).filteredOn(e -> "Atelier couleurs".equals(e.title())).singleElement()
                .extracting(RelaisCalendar.Entry::start).isEqualTo(slot.plusHours(1));

        // clicking it shows its details with a download link
        view.calendar().simulateClick(week(view).stream().filter(e -> "Atelier couleurs".equals(e.title()))
                .findFirst().orElseThrow().id());
        Dialog details = $(EventDialog.class).single();
        assertThat(details.getHeaderTitle()).isEqualTo("Atelier couleurs");
    }
}
