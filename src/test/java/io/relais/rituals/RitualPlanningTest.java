package io.relais.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.AbsenceType;
import io.relais.calendar.CalendarKind;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventDetails;
import io.relais.calendar.Occurrence;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.notifications.NotificationService;
import io.relais.notifications.NotificationView;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Planning a week's Monday trios end to end, on a team of the test's own (the trios are narrowed
 * to it): absent and opted-out people are left out, everybody else is in exactly one group, each
 * group gets its event, its minutes with the group as attendees and a notification per member,
 * and planning the week again changes nothing; and the Friday all-hands with its agenda.
 */
@RelaisSpringTest
class RitualPlanningTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;
    @Autowired
    RitualPlanning planning;
    @Autowired
    RitualOutcomes outcomes;
    @Autowired
    RitualService rituals;
    @Autowired
    CalendarService calendar;
    @Autowired
    DocumentService documents;
    @Autowired
    NotificationService notifications;
    @Autowired
    PersonService people;

    private RitualFixtures fixtures;
    private TestUsers users;
    private final LocalDate monday = LocalDate.now().plusYears(3).plusWeeks(17).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @BeforeEach
    void setUp() {
        fixtures = new RitualFixtures(context);
        users = new TestUsers(context);
    }

    @AfterEach
    void restore() {
        fixtures.restore();
    }

    @Test
    void plansTriosOfPresentPeopleWithEventsMinutesAndNotificationsOnce() {
        List<TestUsers.User> team = fixtures.team(8);
        fixtures.triosFor(fixtures.teamId(team.getFirst()));
        TestUsers.User away = team.get(6);
        TestUsers.User optedOut = team.get(7);
        users.as(away.email(), () -> calendar.recordAbsence(away.personId(), AbsenceType.HOLIDAY, monday.minusDays(2),
                monday.plusDays(4), null));
        users.as(optedOut.email(), () -> rituals.setTrioOptOut(true));

        WeekPlan plan = asHr(() -> planning.planWeek(monday.plusDays(2)));

        assertThat(plan.monday()).isEqualTo(monday);
        assertThat(plan.trios()).isEqualTo(2);
        assertThat(plan.peopleInTrios()).isEqualTo(6);
        List<RitualOccurrence> trios = trios();
        Set<Long> planned = trios.stream().flatMap(t -> t.participantIds().stream()).collect(Collectors.toSet());
        assertThat(planned).hasSize(6).doesNotContain(away.personId(), optedOut.personId())
                .containsAll(team.subList(0, 6).stream().map(TestUsers.User::personId).toList());
        for (RitualOccurrence trio : trios) {
            assertThat(trio.participantIds()).hasSize(3);
            assertThat(trio.start()).isEqualTo(monday.atTime(rituals().localTime()).atZone(PARIS).toInstant());
            TestUsers.User member = member(team, trio.participantIds().getFirst());
            DocumentDetails minutes = users.as(member.email(), () -> documents.get(trio.minutesDocumentId()));
            assertThat(minutes.fields().attendeeIds()).containsExactlyInAnyOrderElementsOf(trio.participantIds());
            assertThat(minutes.body()).contains(rituals().minutesTemplate().lines().findFirst().orElseThrow())
                    .contains("/rituals/meetings/" + trio.meetingId());
            assertThat(minutes.canEdit()).isTrue();
            for (long person : trio.participantIds()) {
                List<NotificationView> received = users.as(member(team, person).email(), () -> notifications.recent(20));
                assertThat(received).filteredOn(n -> n.messageKey().equals("rituals.notification.trio")
                        && ("/rituals/meetings/" + trio.meetingId()).equals(n.link())).hasSize(1);
            }
        }
        long eventId = users.as(team.getFirst().email(), () -> calendar.occurrences(
                List.of(calendar.personalCalendar(team.getFirst().personId()).id()), monday.atStartOfDay(PARIS).toInstant(),
                monday.plusDays(1).atStartOfDay(PARIS).toInstant())).stream()
                .filter(o -> o.title() != null && o.title().startsWith(rituals().title())).findFirst().orElseThrow().eventId();
        EventDetails event = users.as(team.getFirst().email(), () -> calendar.event(eventId));
        assertThat(event.attendees()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(event.description()).contains("/rituals/meetings/");

        WeekPlan again = asHr(() -> planning.planWeek(monday));
        assertThat(again.trios()).isZero();
        assertThat(trios()).hasSize(2);
        assertThat(asHr(() -> rituals.trioOptOuts())).contains(optedOut.personId());
        users.as(optedOut.email(), () -> rituals.setTrioOptOut(false));
    }

    /**
     * The Friday all-hands of a week: one occurrence of a weekly company-wide event (every team
     * invited) with everybody active as participants, and an agenda document, planned ahead, that
     * any of them can fill in during the week; planning the week again keeps both as they are.
     */
    @Test
    void plansTheFridayAllHandsForEverybodyWithAnAgendaPeopleFillInDuringTheWeek() {
        List<TestUsers.User> team = fixtures.team(3);
        fixtures.triosFor(fixtures.teamId(team.getFirst()));
        LocalDate week = monday.plusWeeks(6);
        RitualSettings settings = asHr(() -> rituals.ritual(RitualKind.FRIDAY_ALL_HANDS));
        LocalDate friday = week.with(TemporalAdjusters.nextOrSame(settings.dayOfWeek()));
        Instant start = friday.atTime(settings.localTime()).atZone(settings.zone()).toInstant();

        asHr(() -> planning.planWeek(week));

        RitualOccurrence allHands = allHands(week);
        assertThat(allHands.date()).isEqualTo(friday);
        assertThat(allHands.start()).isEqualTo(start);
        assertThat(allHands.end()).isEqualTo(start.plus(settings.budget()));
        long claire = asHr(() -> people.findByEmail("claire.fontaine@canopee.fr").orElseThrow().id());
        assertThat(allHands.participantIds()).as("the whole company")
                .containsAll(team.stream().map(TestUsers.User::personId).toList()).contains(claire);

        TestUsers.User member = team.getFirst();
        Occurrence occurrence = users.as(member.email(), () -> calendar.occurrences(List.of(calendar.companyCalendar().id()),
                friday.atStartOfDay(settings.zone()).toInstant(), friday.plusDays(1).atStartOfDay(settings.zone()).toInstant()))
                .stream().filter(o -> settings.title().equals(o.title())).findFirst().orElseThrow();
        assertThat(occurrence.start()).isEqualTo(start);
        assertThat(occurrence.calendarKind()).isEqualTo(CalendarKind.COMPANY);
        assertThat(occurrence.recurring()).as("one weekly series, not an event per week").isTrue();
        EventDetails event = users.as(member.email(), () -> calendar.event(occurrence.eventId()));
        long teams = asHr(() -> people.teams()).size();
        assertThat(event.attendees()).as("every team invited").hasSize((int) teams)
                .allMatch(attendee -> attendee.attendee().teamId() != null);

        // the agenda, ready before Friday: any participant adds a point, the others read it
        DocumentDetails agenda = users.as(member.email(), () -> documents.get(allHands.minutesDocumentId()));
        assertThat(agenda.title()).contains(settings.title()).contains(friday.toString());
        assertThat(agenda.body()).contains("/rituals/meetings/" + allHands.meetingId());
        assertThat(agenda.canEdit()).as("people fill it in during the week").isTrue();
        String point = "- Démo du nouveau site par " + TestUsers.unique();
        users.as(member.email(), () -> documents.update(agenda.id(), agenda.version(),
                agenda.toForm().withBody(agenda.body() + "\n" + point)));
        assertThat(users.as(team.get(1).email(), () -> documents.get(agenda.id())).body()).contains(point);

        asHr(() -> planning.planWeek(friday));
        RitualOccurrence again = allHands(week);
        assertThat(again.meetingId()).isEqualTo(allHands.meetingId());
        assertThat(again.minutesDocumentId()).isEqualTo(allHands.minutesDocumentId());
        assertThat(users.as(member.email(), () -> documents.get(agenda.id())).body()).as("nothing typed is lost")
                .contains(point);
    }

    @Test
    void onlyHrAndAdministratorsPlan() {
        TestUsers.User employee = users.createUser("Planificatrice", Roles.EMPLOYEE);
        assertThatThrownBy(() -> users.as(employee.email(), () -> planning.planNextWeek()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(employee.email(), () -> outcomes.between(Instant.EPOCH, Instant.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private RitualSettings rituals() {
        return asHr(() -> rituals.ritual(RitualKind.MONDAY_TRIOS));
    }

    private List<RitualOccurrence> trios() {
        return asHr(() -> outcomes.between(monday.atStartOfDay(PARIS).toInstant(),
                monday.atTime(LocalTime.NOON).atZone(PARIS).toInstant())).stream()
                .filter(o -> o.kind() == RitualKind.MONDAY_TRIOS).toList();
    }

    /** The one all-hands planned in the week starting that Monday. */
    private RitualOccurrence allHands(LocalDate week) {
        List<RitualOccurrence> found = asHr(() -> outcomes.between(week.atStartOfDay(PARIS).toInstant(),
                week.plusDays(7).atStartOfDay(PARIS).toInstant())).stream()
                .filter(o -> o.kind() == RitualKind.FRIDAY_ALL_HANDS).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static TestUsers.User member(List<TestUsers.User> team, long personId) {
        return team.stream().filter(u -> u.personId() == personId).findFirst().orElseThrow();
    }

    private static <T> T asHr(java.util.function.Supplier<T> work) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), work);
    }
}
