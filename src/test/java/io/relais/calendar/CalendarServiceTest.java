package io.relais.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The calendar service against the real database: permissions in every read path (private means
 * "busy" to others), writes refused to those without rights, exceptions and "this and following",
 * free slots and occurrence outcomes, the widest range a read may ask for, the reader's "my day"
 * and the occurrence a link to an event opens.
 */
@RelaisSpringTest
class CalendarServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String TEAM = "Tech & Data";

    @Autowired
    CalendarService calendar;

    @Autowired
    ApplicationContext context;

    TestUsers users;
    CalendarFixtures fixtures;
    TestUsers.User alice;
    TestUsers.User bob;
    TestUsers.User carol;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        fixtures = new CalendarFixtures(context);
        alice = fixtures.person("Alice", TEAM, "Europe/Paris");
        bob = fixtures.person("Bob", TEAM, "Europe/Paris");
        carol = fixtures.person("Carol", "Contenu & Social", "America/Toronto");
        // far enough in the future that nothing of the demo organisation is there
        monday = LocalDate.now().plusYears(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private long myCalendar(TestUsers.User user) {
        return users.as(user.email(), () -> calendar.personalCalendar(user.personId()).id());
    }

    private List<Occurrence> week(TestUsers.User viewer, long calendarId) {
        Instant from = monday.atStartOfDay(PARIS).toInstant();
        return users.as(viewer.email(), () -> calendar.occurrences(List.of(calendarId), from, from.plus(Duration.ofDays(7))));
    }

    /** Only personal-calendar events: the demo team's own meetings (team invitations) show there too. */
    private static List<Occurrence> personal(List<Occurrence> occurrences) {
        return occurrences.stream().filter(o -> o.calendarKind() == CalendarKind.PERSONAL).toList();
    }

    @Test
    void aPrivateEventIsOnlyBusyToOthersInListsAndDetails() {
        long aliceCalendar = myCalendar(alice);
        long id = users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "Médecin — résultats",
                monday.atTime(10, 0), monday.atTime(11, 0), PARIS).withDescription("Très personnel")
                .withPlace("Cabinet du Dr X", null).withVisibility(EventVisibility.PRIVATE)));

        assertThat(personal(week(alice, aliceCalendar))).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo("Médecin — résultats");
            assertThat(o.busyOnly()).isFalse();
            assertThat(o.editable()).isTrue();
        });
        for (TestUsers.User other : List.of(bob, carol)) {
            assertThat(personal(week(other, aliceCalendar))).singleElement().satisfies(o -> {
                assertThat(o.busyOnly()).isTrue();
                assertThat(o.title()).isNull();
                assertThat(o.editable()).isFalse();
                assertThat(o.start()).isEqualTo(monday.atTime(10, 0).atZone(PARIS).toInstant());
            });
            EventDetails details = users.as(other.email(), () -> calendar.event(id));
            assertThat(details.busyOnly()).isTrue();
            assertThat(details.title()).isNull();
            assertThat(details.description()).isNull();
            assertThat(details.descriptionHtml()).isNull();
            assertThat(details.location()).isNull();
            assertThat(details.organiser()).isNull();
            assertThat(details.attendees()).isEmpty();
            assertThat(details.toString()).doesNotContain("Médecin", "personnel", "Cabinet");
        }
        // others can neither change nor even learn more through a refused write
        assertThatThrownBy(() -> users.as(bob.email(), () -> calendar.delete(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void attendeesOfAPrivateEventSeeItAndTeamEventsShowToTheTeamOnly() {
        long aliceCalendar = myCalendar(alice);
        long privateId = users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "1:1 Alice & Carol",
                monday.atTime(14, 0), monday.atTime(14, 30), PARIS).withVisibility(EventVisibility.PRIVATE)
                .withAttendees(List.of(Attendee.person(carol.personId())))));
        users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "Rétro d'équipe",
                monday.atTime(16, 0), monday.atTime(17, 0), PARIS).withVisibility(EventVisibility.TEAM)));

        assertThat(users.as(carol.email(), () -> calendar.event(privateId)).title()).isEqualTo("1:1 Alice & Carol");
        // Carol is in another team: the retro is busy to her, visible to Bob (same team)
        assertThat(personal(week(carol, aliceCalendar))).extracting(Occurrence::title)
                .containsExactly("1:1 Alice & Carol", null);
        assertThat(personal(week(bob, aliceCalendar))).extracting(Occurrence::title).containsExactly(null, "Rétro d'équipe");
        // Carol's own calendar shows the invitation
        assertThat(personal(week(carol, myCalendar(carol)))).extracting(Occurrence::title).containsExactly("1:1 Alice & Carol");
    }

    @Test
    void teamInvitationsAndAbsencesShowOnTheTeamCalendarSickLeaveWithoutItsReason() {
        long teamCalendar = users.as(alice.email(), () -> calendar.teamCalendar(fixtures.teamId(TEAM)).id());
        long companyCalendar = users.as(alice.email(), () -> calendar.companyCalendar().id());
        users.as(alice.email(), () -> calendar.recordAbsence(alice.personId(), AbsenceType.SICK, monday.plusDays(1),
                monday.plusDays(2), "Grippe"));
        users.as(bob.email(), () -> calendar.recordAbsence(bob.personId(), AbsenceType.HOLIDAY, monday.plusDays(3),
                monday.plusDays(4), null));
        assertThatThrownBy(() -> users.as(bob.email(), () -> calendar.recordAbsence(alice.personId(), AbsenceType.HOLIDAY,
                monday, monday, null))).isInstanceOf(NotFoundException.class);

        List<Occurrence> seenByBob = week(bob, teamCalendar).stream().filter(Occurrence::absence).toList();
        assertThat(seenByBob).filteredOn(o -> o.absentee().id() == alice.personId()).singleElement().satisfies(o -> {
            assertThat(o.absenceType()).isNull();
            assertThat(o.title()).isNull();
            assertThat(o.allDay()).isTrue();
        });
        assertThat(seenByBob).filteredOn(o -> o.absentee().id() == bob.personId()).singleElement()
                .satisfies(o -> assertThat(o.absenceType()).isEqualTo(AbsenceType.HOLIDAY));
        assertThat(week(alice, teamCalendar)).filteredOn(o -> o.absence() && o.absentee().id() == alice.personId())
                .singleElement().satisfies(o -> {
                    assertThat(o.absenceType()).isEqualTo(AbsenceType.SICK);
                    assertThat(o.title()).isEqualTo("Grippe");
                });

        // an HR planner invites the whole team from the company calendar
        TestUsers.User hr = fixtures.person("Hélène", null, "Europe/Paris", Roles.EMPLOYEE, Roles.HR);
        assertThatThrownBy(() -> users.as(bob.email(), () -> calendar.create(EventForm.timed(companyCalendar, "x",
                monday.atTime(9, 0), monday.atTime(10, 0), PARIS)))).isInstanceOf(UserFacingException.class);
        users.as(hr.email(), () -> calendar.create(EventForm.timed(companyCalendar, "Atelier sécurité",
                monday.atTime(11, 0), monday.atTime(12, 0), PARIS)
                .withAttendees(List.of(Attendee.team(fixtures.teamId(TEAM))))));
        assertThat(week(bob, teamCalendar)).extracting(Occurrence::title).contains("Atelier sécurité");
        assertThat(week(bob, myCalendar(bob))).extracting(Occurrence::title).contains("Atelier sécurité");
    }

    @Test
    void oneOccurrenceMovesOrIsCancelledAndThisAndFollowingSplitsTheSeries() {
        long aliceCalendar = myCalendar(alice);
        EventForm weekly = EventForm.timed(aliceCalendar, "Point hebdo", monday.atTime(9, 0), monday.atTime(9, 30), PARIS)
                .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY)));
        long series = users.as(alice.email(), () -> calendar.create(weekly));
        Instant second = monday.plusWeeks(1).atTime(9, 0).atZone(PARIS).toInstant();
        Instant third = monday.plusWeeks(2).atTime(9, 0).atZone(PARIS).toInstant();
        Instant fourth = monday.plusWeeks(3).atTime(9, 0).atZone(PARIS).toInstant();
        Instant movedTo = monday.plusWeeks(2).plusDays(1).atTime(15, 0).atZone(PARIS).toInstant();

        users.as(alice.email(), () -> {
            calendar.cancelOccurrence(series, second);
            calendar.moveOccurrence(series, third, movedTo, movedTo.plus(Duration.ofMinutes(30)));
        });
        assertThatThrownBy(() -> users.as(alice.email(), () -> calendar.cancelOccurrence(series,
                second.plus(Duration.ofHours(1))))).isInstanceOf(UserFacingException.class);

        Instant from = monday.atStartOfDay(PARIS).toInstant();
        List<Occurrence> fiveWeeks = personal(users.as(bob.email(), () -> calendar.occurrences(List.of(aliceCalendar),
                from, from.plus(Duration.ofDays(35)))));
        assertThat(fiveWeeks).extracting(Occurrence::start).containsExactly(
                monday.atTime(9, 0).atZone(PARIS).toInstant(), movedTo, fourth,
                monday.plusWeeks(4).atTime(9, 0).atZone(PARIS).toInstant());

        long version = users.as(alice.email(), () -> calendar.event(series).version());
        long following = users.as(alice.email(), () -> calendar.updateFollowing(series, version, fourth,
                weekly.withTimes(monday.plusWeeks(3).atTime(10, 0), monday.plusWeeks(3).atTime(11, 0))
                        .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY)))));
        assertThat(following).isNotEqualTo(series);
        List<Occurrence> afterSplit = personal(users.as(alice.email(), () -> calendar.occurrences(List.of(aliceCalendar),
                from, from.plus(Duration.ofDays(35)))));
        assertThat(afterSplit).extracting(o -> o.start().atZone(PARIS).toLocalDateTime()).containsExactly(
                monday.atTime(9, 0), LocalDateTime.ofInstant(movedTo, PARIS), monday.plusWeeks(3).atTime(10, 0),
                monday.plusWeeks(4).atTime(10, 0));
        assertThat(afterSplit.get(1).eventId()).isEqualTo(series);
        assertThat(afterSplit.get(2).eventId()).isEqualTo(following);
        assertThat(users.as(alice.email(), () -> calendar.event(series)).rrule()).contains("UNTIL=");
    }

    @Test
    void freeSlotsAvoidBothPeoplesEventsAndAbsences() {
        users.as(alice.email(), () -> calendar.create(EventForm.timed(myCalendar(alice), "Busy morning",
                monday.atTime(9, 0), monday.atTime(12, 0), PARIS).withVisibility(EventVisibility.PRIVATE)));
        users.as(bob.email(), () -> calendar.create(EventForm.timed(myCalendar(bob), "Busy early afternoon",
                monday.atTime(12, 0), monday.atTime(14, 30), PARIS)));
        users.as(bob.email(), () -> calendar.recordAbsence(bob.personId(), AbsenceType.HOLIDAY, monday.plusDays(1),
                monday.plusDays(1), null));
        List<TimeSlot> slots = users.as(carol.email(), () -> calendar.freeSlots(FreeSlotQuery.officeHours(
                List.of(alice.personId(), bob.personId()), monday, monday.plusDays(2), PARIS, Duration.ofMinutes(30))));
        assertThat(slots.getFirst().start()).isEqualTo(monday.atTime(14, 30).atZone(PARIS).toInstant());
        assertThat(slots).noneMatch(s -> s.start().atZone(PARIS).toLocalDate().equals(monday.plusDays(1)));
        assertThat(slots).allMatch(s -> !s.start().atZone(PARIS).toLocalTime().isBefore(LocalTime.of(9, 0))
                && !s.end().atZone(PARIS).toLocalTime().isAfter(LocalTime.of(18, 0)));
        assertThat(slots).filteredOn(s -> s.start().atZone(PARIS).toLocalDate().equals(monday.plusDays(2)))
                .first().extracting(s -> s.start().atZone(PARIS).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aFeaturePlansEventsForPeopleAndRecordsOutcomes() {
        TestUsers.User hr = fixtures.person("Hugo", null, "Europe/Paris", Roles.EMPLOYEE, Roles.HR);
        String source = "ritual:test-" + TestUsers.unique();
        long companyCalendar = users.as(hr.email(), () -> calendar.companyCalendar().id());
        long id = users.as(hr.email(), () -> calendar.create(EventForm.timed(companyCalendar, "Trio du lundi",
                monday.atTime(9, 0), monday.atTime(9, 30), PARIS).withRecurrence(
                Recurrence.weekly(Set.of(DayOfWeek.MONDAY)).withCount(3))
                .withAttendees(List.of(Attendee.person(alice.personId()), Attendee.person(bob.personId())))
                .plannedBy(alice.personId(), source)));
        assertThat(users.as(alice.email(), () -> calendar.event(id)).organiser().id()).isEqualTo(alice.personId());
        assertThatThrownBy(() -> users.as(bob.email(), () -> calendar.create(EventForm.timed(myCalendar(bob), "x",
                monday.atTime(9, 0), monday.atTime(10, 0), PARIS).plannedBy(alice.personId(), null))))
                .isInstanceOf(UserFacingException.class);

        Instant first = monday.atTime(9, 0).atZone(PARIS).toInstant();
        users.as(alice.email(), () -> calendar.recordOutcome(id, first, new OccurrenceOutcome(true, 28, null, null)));
        assertThatThrownBy(() -> users.as(carol.email(), () -> calendar.recordOutcome(id, first,
                new OccurrenceOutcome(false, null, null, null)))).isInstanceOf(NotFoundException.class);

        List<OccurrenceRecord> records = users.as(hr.email(), () -> calendar.occurrencesFromSource(source,
                first.minus(Duration.ofDays(1)), first.plus(Duration.ofDays(60))));
        assertThat(records).hasSize(3);
        assertThat(records.getFirst().outcome()).isEqualTo(new OccurrenceOutcome(true, 28, null, null));
        assertThat(records.get(1).outcome().held()).isNull();
        assertThat(users.as(hr.email(), () -> calendar.eventsFromSource(source))).containsExactly(id);
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        long aliceCalendar = myCalendar(alice);
        EventForm valid = EventForm.timed(aliceCalendar, "Ok", monday.atTime(9, 0), monday.atTime(10, 0), PARIS);
        assertField(valid.withPlace(null, "javascript:alert(1)"), "videoUrl");
        assertField(valid.withPlace(null, "data:text/html,hi"), "videoUrl");
        assertField(valid.withTimes(monday.atTime(10, 0), monday.atTime(9, 0)), "end");
        assertField(EventForm.timed(aliceCalendar, " ", monday.atTime(9, 0), monday.atTime(10, 0), PARIS), "title");
        assertField(valid.withAttendees(List.of(Attendee.person(-5))), "attendees");
        long bobCalendar = myCalendar(bob);
        assertThatThrownBy(() -> users.as(alice.email(), () -> calendar.create(EventForm.timed(bobCalendar, "Intrusion",
                monday.atTime(9, 0), monday.atTime(10, 0), PARIS)))).isInstanceOf(UserFacingException.class);
        Instant from = monday.atStartOfDay(PARIS).toInstant();
        assertThatThrownBy(() -> users.as(alice.email(), () -> calendar.occurrences(List.of(aliceCalendar), from,
                from.plus(Duration.ofDays(400))))).isInstanceOf(UserFacingException.class);
        assertThat(users.as(alice.email(), () -> calendar.create(valid.withPlace("Salle 2",
                "https://meet.example.org/abc")))).isPositive();
    }

    @Test
    void aReadWiderThanTheWidestRangeIsRefusedWithAClearMessageWhileAMonthViewIsServed() {
        long aliceCalendar = myCalendar(alice);
        LocalDate fifthWeek = monday.plusWeeks(4).plusDays(3);
        long late = users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "Fin du mois",
                fifthWeek.atTime(14, 0), fifthWeek.atTime(15, 0), PARIS)));
        Instant from = monday.atStartOfDay(PARIS).toInstant();

        // a month view asks for six weeks; the widest range itself is still served
        assertThat(users.as(alice.email(), () -> calendar.occurrences(List.of(aliceCalendar), from,
                from.plus(Duration.ofDays(42))))).extracting(Occurrence::eventId).contains(late);
        assertThat(users.as(alice.email(), () -> calendar.occurrences(List.of(aliceCalendar), from,
                from.plus(CalendarService.WIDEST_RANGE)))).extracting(Occurrence::eventId).contains(late);

        // one second more is "all events" in disguise: refused, in words the reader understands
        for (Instant to : List.of(from.plus(CalendarService.WIDEST_RANGE).plusSeconds(1), from, from.minusSeconds(60))) {
            assertThatThrownBy(() -> users.as(alice.email(), () -> calendar.occurrences(List.of(aliceCalendar), from, to)))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("calendar.error.range"));
        }
        I18NProvider translations = context.getBean(I18NProvider.class);
        assertThat(translations.getTranslation("calendar.error.range", Locale.ENGLISH))
                .isEqualTo("Ask for at most " + CalendarService.WIDEST_RANGE.toDays() + " days at a time.");
        assertThat(translations.getTranslation("calendar.error.range", Locale.FRENCH))
                .isEqualTo("Demandez au plus " + CalendarService.WIDEST_RANGE.toDays() + " jours à la fois.");
    }

    /**
     * "My day" is the reader's today in their own zone: Carol in Toronto gets what starts between
     * her midnights (the events of her own calendar, private ones included, and what she is invited
     * to), not tomorrow's; whatever zone the server runs in, 00:30 and 23:00 there cannot both be
     * on one Paris day.
     */
    @Test
    void myDayIsTodayInTheReadersZoneWithOwnPrivateAndInvitedEvents() {
        ZoneId toronto = ZoneId.of("America/Toronto");
        LocalDate today = LocalDate.now(toronto);
        long carolCalendar = myCalendar(carol);
        long early = users.as(carol.email(), () -> calendar.create(EventForm.timed(carolCalendar, "Café matinal",
                today.atTime(0, 30), today.atTime(1, 0), toronto).withVisibility(EventVisibility.PRIVATE)));
        long late = users.as(carol.email(), () -> calendar.create(EventForm.timed(carolCalendar, "Lecture du soir",
                today.atTime(23, 0), today.atTime(23, 30), toronto)));
        long tomorrow = users.as(carol.email(), () -> calendar.create(EventForm.timed(carolCalendar, "Demain",
                today.plusDays(1).atTime(0, 30), today.plusDays(1).atTime(1, 0), toronto)));
        long invited = users.as(alice.email(), () -> calendar.create(EventForm.timed(myCalendar(alice), "Revue croisée",
                today.atTime(12, 0), today.atTime(12, 30), toronto).withAttendees(List.of(Attendee.person(carol.personId())))));

        List<Occurrence> day = users.as(carol.email(), () -> calendar.myDay());

        assertThat(day).extracting(Occurrence::eventId).contains(early, invited, late).doesNotContain(tomorrow);
        assertThat(day).filteredOn(o -> o.eventId() == early).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo("Café matinal");
            assertThat(o.busyOnly()).isFalse();
            assertThat(o.start()).isEqualTo(today.atTime(0, 30).atZone(toronto).toInstant());
        });
        assertThat(day).extracting(Occurrence::start).isSorted();
        assertThat(users.as(bob.email(), () -> calendar.myDay())).extracting(Occurrence::eventId)
                .as("nobody else's day").doesNotContain(early, invited, late);
    }

    /**
     * A teammate's absence today is team knowledge and shows in the day (who, not why); a private
     * event on the team calendar is only "busy" to the reader, which tells nothing: left out.
     */
    @Test
    void myDayShowsTeammatesAbsencesButNoBusyBlocks() {
        LocalDate today = LocalDate.now(PARIS);
        users.as(bob.email(), () -> calendar.recordAbsence(bob.personId(), AbsenceType.SICK, today, today, "Grippe"));
        long teamCalendar = users.as(bob.email(), () -> calendar.teamCalendar(fixtures.teamId(TEAM)).id());
        long surprise = users.as(bob.email(), () -> calendar.create(EventForm.timed(teamCalendar, "Surprise pour Alice",
                today.atTime(16, 0), today.atTime(17, 0), PARIS).withVisibility(EventVisibility.PRIVATE)));

        List<Occurrence> day = users.as(alice.email(), () -> calendar.myDay());

        assertThat(day).filteredOn(o -> o.absence() && o.absentee() != null && o.absentee().id() == bob.personId())
                .singleElement().satisfies(absence -> {
                    assertThat(absence.absenceType()).as("a sick leave's reason stays with Bob and HR").isNull();
                    assertThat(absence.title()).isNull();
                });
        assertThat(day).extracting(Occurrence::eventId).doesNotContain(surprise);
        assertThat(day).noneMatch(o -> o.busyOnly() && !o.absence());
        assertThat(day.toString()).doesNotContain("Surprise", "Grippe");
    }

    @Test
    void aLinkOpensTheOccurrenceItNamesAsTheReaderMaySeeItAndNothingOnceGone() {
        long aliceCalendar = myCalendar(alice);
        long series = users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "Bilan privé",
                monday.atTime(9, 0), monday.atTime(9, 30), PARIS).withVisibility(EventVisibility.PRIVATE)
                .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY)))));
        Instant first = monday.atTime(9, 0).atZone(PARIS).toInstant();
        Instant second = monday.plusWeeks(1).atTime(9, 0).atZone(PARIS).toInstant();
        Instant third = monday.plusWeeks(2).atTime(9, 0).atZone(PARIS).toInstant();

        Occurrence mine = users.as(alice.email(), () -> calendar.occurrence(series, second));
        assertThat(mine.title()).isEqualTo("Bilan privé");
        assertThat(mine.start()).isEqualTo(second);
        assertThat(mine.editable()).isTrue();
        assertThat(EventLinks.of(mine)).isEqualTo("/calendar?event=" + series + "&at=" + second);
        assertThat(EventLinks.parse(String.valueOf(series), second.toString()))
                .contains(new EventLinks.Target(series, second));
        assertThat(users.as(alice.email(), () -> calendar.occurrence(series, null)).start())
                .as("without a date: the next occurrence").isEqualTo(first);

        Occurrence seenByBob = users.as(bob.email(), () -> calendar.occurrence(series, second));
        assertThat(seenByBob.busyOnly()).isTrue();
        assertThat(seenByBob.title()).isNull();
        assertThat(seenByBob.editable()).isFalse();
        assertThat(seenByBob.toString()).doesNotContain("Bilan");

        // a moved occurrence keeps its link; a cancelled one, an hour no occurrence was planned at
        // and a deleted event are all the same "not found", for its owner and for others
        Instant movedTo = third.plus(Duration.ofHours(5));
        users.as(alice.email(), () -> {
            calendar.moveOccurrence(series, third, movedTo, movedTo.plus(Duration.ofMinutes(30)));
            calendar.cancelOccurrence(series, second);
        });
        assertThat(users.as(bob.email(), () -> calendar.occurrence(series, third)).start()).isEqualTo(movedTo);
        for (TestUsers.User reader : List.of(alice, bob)) {
            assertThatThrownBy(() -> users.as(reader.email(), () -> calendar.occurrence(series, second)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> users.as(reader.email(), () -> calendar.occurrence(series, second.plusSeconds(3600))))
                    .isInstanceOf(NotFoundException.class);
        }
        users.as(alice.email(), () -> calendar.delete(series));
        for (TestUsers.User reader : List.of(alice, bob)) {
            assertThatThrownBy(() -> users.as(reader.email(), () -> calendar.occurrence(series, first)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(EventLinks.parse("12; drop table", null)).isEmpty();
        assertThat(EventLinks.parse("12", "yesterday")).isEmpty();
    }

    private void assertField(EventForm form, String field) {
        assertThatThrownBy(() -> users.as(alice.email(), () -> calendar.create(form)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).field()).isEqualTo(field));
    }
}
