package io.relais.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestData;
import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.UserFacingException;
import io.relais.security.AccountService;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Newcomer 1:1s go to the first slot both calendars have free on the chosen days (weekends and
 * busy times skipped), once; a person created with a start date and a manager gets them by itself.
 */
@RelaisSpringTest
class NewcomerOneOnOnesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;
    @Autowired
    NewcomerOneOnOnes oneOnOnes;
    @Autowired
    RitualOutcomes outcomes;
    @Autowired
    RitualService rituals;
    @Autowired
    CalendarService calendar;
    @Autowired
    PersonService people;
    @Autowired
    AccountService accounts;

    /** A Monday far enough ahead that nothing else is planned for these people. */
    private final LocalDate start = LocalDate.now().plusYears(2).plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Test
    void oneOnOnesTakeTheFirstSlotFreeInBothCalendarsOnTheirDays() {
        CalendarFixtures fixtures = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        TestUsers.User manager = fixtures.person("Manon", null, "Europe/Paris");
        TestUsers.User newcomer = fixtures.person("Noé", null, "Europe/Paris");
        RitualSettings ritual = asHr(() -> rituals.ritual(RitualKind.NEWCOMER_ONE_ON_ONES));
        LocalDateTime earliest = start.atTime(ritual.localTime());
        users.as(manager.email(), () -> calendar.create(EventForm.timed(calendar.personalCalendar(manager.personId()).id(),
                "Comité client", earliest, earliest.plusHours(1), PARIS).withVisibility(EventVisibility.PRIVATE)));
        users.as(newcomer.email(), () -> calendar.create(EventForm.timed(calendar.personalCalendar(newcomer.personId()).id(),
                "Accueil RH", earliest.plusHours(1), earliest.plusHours(1).plusMinutes(30), PARIS)));

        List<Long> planned = asHr(() -> oneOnOnes.schedule(newcomer.personId(), manager.personId(), start));

        assertThat(planned).hasSize(ritual.dayNumbers().size());
        List<RitualOccurrence> found = meetingsOf(newcomer.personId());
        assertThat(found).extracting(RitualOccurrence::meetingId).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(found.getFirst().start()).as("after the manager's meeting and the newcomer's welcome")
                .isEqualTo(earliest.plusHours(1).plusMinutes(30).atZone(PARIS).toInstant());
        for (int i = 0; i < found.size(); i++) {
            RitualOccurrence meeting = found.get(i);
            LocalDate wished = start.plusDays(ritual.dayNumbers().get(i) - 1L);
            LocalDate day = meeting.start().atZone(PARIS).toLocalDate();
            assertThat(day).isAfterOrEqualTo(wished).isBefore(wished.plusDays(4));
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(Duration.between(meeting.start(), meeting.end())).isEqualTo(ritual.budget());
            assertThat(meeting.participantIds()).containsExactlyInAnyOrder(newcomer.personId(), manager.personId());
        }
        assertThat(asHr(() -> oneOnOnes.schedule(newcomer.personId(), manager.personId(), start)))
                .as("asked again: the same meetings").containsExactlyElementsOf(planned);
        assertThat(meetingsOf(newcomer.personId())).hasSize(planned.size());
        assertThat(users.as(manager.email(), () -> calendar.occurrences(List.of(calendar.personalCalendar(
                newcomer.personId()).id()), found.getFirst().start(), found.getFirst().end())))
                .as("in the newcomer's calendar too").anyMatch(o -> o.start().equals(found.getFirst().start()));
        assertThatThrownBy(() -> asHr(() -> oneOnOnes.schedule(manager.personId(), manager.personId(), start)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void aPersonCreatedWithAStartDateAndAManagerGetsTheirOneOnOnes() throws InterruptedException {
        long manager = new CalendarFixtures(context).person("Mathis", null, "Europe/Paris").personId();
        String last = TestData.uniqueName();
        long newcomer = asHr(() -> people.create(new PersonForm("Naël", last, TestData.emailOf("nael", last), null, null,
                manager, start, null, "Europe/Paris")));
        // every person of the shared database has an account (other tests sign in as each of them)
        SystemTask.runAsAdmin(() -> accounts.createForPerson(newcomer, List.of(Roles.EMPLOYEE), TestUsers.PASSWORD));
        List<RitualOccurrence> found = List.of();
        for (int attempt = 0; attempt < 100 && found.isEmpty(); attempt++) {
            Thread.sleep(100);
            found = meetingsOf(newcomer);
        }
        assertThat(found).hasSize(asHr(() -> rituals.ritual(RitualKind.NEWCOMER_ONE_ON_ONES)).dayNumbers().size())
                .allSatisfy(meeting -> assertThat(meeting.participantIds()).containsExactlyInAnyOrder(newcomer, manager));
    }

    private List<RitualOccurrence> meetingsOf(long personId) {
        Instant from = start.atStartOfDay(PARIS).toInstant();
        return asHr(() -> outcomes.between(from, from.plus(Duration.ofDays(45)))).stream()
                .filter(o -> o.kind() == RitualKind.NEWCOMER_ONE_ON_ONES && o.participantIds().contains(personId)).toList();
    }

    private static <T> T asHr(Supplier<T> work) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), work);
    }
}
