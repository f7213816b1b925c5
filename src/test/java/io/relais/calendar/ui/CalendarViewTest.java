package io.relais.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.calendar.CalendarKind;
import io.relais.calendar.CalendarRef;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.platform.ui.RelaisCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The calendar view without a browser: default calendars, the lazy range feed in the reader's zone,
 * a private event as "Busy" to others, creating an event from a selected slot, and a refused drag.
 */
@RelaisSpringTest
class CalendarViewTest extends SpringBrowserlessTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarService service;

    private final LocalDate monday = LocalDate.now().plusYears(4).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    private CalendarView openAs(TestUsers.User user) {
        var details = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(user.email());
        SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(details,
                        null, details.getAuthorities()));
        return navigate(CalendarView.class);
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
