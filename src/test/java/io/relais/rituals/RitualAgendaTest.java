package io.relais.rituals;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.calendar.CalendarService;
import io.relais.calendar.Occurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A person's own ritual meetings of a day, what the home page's "my day" shows as rituals: theirs
 * only, with the meeting's page and minutes, and matching the calendar occurrence they are.
 */
@RelaisSpringTest
class RitualAgendaTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;
    @Autowired
    RitualAgenda agenda;
    @Autowired
    CalendarService calendar;

    @Test
    void aNewcomersOneOnOneTodayIsInTheirDayAndTheirManagersOnly() {
        CalendarFixtures people = new CalendarFixtures(context);
        TestUsers users = new TestUsers(context);
        TestUsers.User manager = people.person("Manon", null, "Europe/Paris");
        TestUsers.User newcomer = people.person("Nils", null, "Europe/Paris");
        TestUsers.User outsider = people.person("Oscar", null, "Europe/Paris");
        LocalDate today = LocalDate.now(PARIS);
        Instant from = today.atStartOfDay(PARIS).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(PARIS).toInstant();
        RitualFixtures fixtures = new RitualFixtures(context);
        RitualFixtures.Meeting todays = fixtures.oneOnOne(manager, newcomer, today.atTime(14, 0).atZone(PARIS).toInstant());
        RitualFixtures.Meeting nextWeeks = fixtures.oneOnOne(manager, newcomer,
                today.plusDays(7).atTime(14, 0).atZone(PARIS).toInstant());

        for (TestUsers.User participant : List.of(newcomer, manager)) {
            List<MyRitualMeeting> mine = users.as(participant.email(), () -> agenda.mine(from, to));
            assertThat(mine).extracting(MyRitualMeeting::meetingId).contains(todays.id()).doesNotContain(nextWeeks.id());
            MyRitualMeeting meeting = mine.stream().filter(m -> m.meetingId() == todays.id()).findFirst().orElseThrow();
            assertThat(meeting.kind()).isEqualTo(RitualKind.NEWCOMER_ONE_ON_ONES);
            assertThat(meeting.path()).isEqualTo("/rituals/meetings/" + todays.id());
            assertThat(meeting.minutesPath()).isEqualTo("/docs/" + todays.documentId());
            // the same occurrence their calendar lists today, so the day shows it once, as the ritual
            assertThat(meeting.eventId()).isEqualTo(todays.eventId());
            assertThat(users.as(participant.email(), () -> calendar.myDay())).filteredOn(o -> o.eventId() == todays.eventId())
                    .extracting(Occurrence::originalStart).containsExactly(meeting.originalStart());
        }
        assertThat(users.as(outsider.email(), () -> agenda.mine(from, to))).extracting(MyRitualMeeting::meetingId)
                .doesNotContain(todays.id());
        assertThat(users.as(newcomer.email(), () -> agenda.mine(to, from))).isEmpty();
    }
}
