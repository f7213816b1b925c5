package io.relais.rituals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.security.AccountService;
import io.relais.analytics.AdoptionReport;
import io.relais.analytics.AdoptionService;
import io.relais.analytics.DrillItem;
import io.relais.analytics.Granularity;
import io.relais.analytics.Metric;
import io.relais.analytics.ReportRequest;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.OccurrenceOutcome;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualBackfill;
import io.relais.rituals.RitualKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Trio participation and all-hands held, for a team of five of the test's own over two weeks:
 * <ul>
 * <li>week 1: trio 1 (A, B and an outsider) held; trio 2 (C, D, E) nobody recorded; the all-hands
 * (the five and the outsider) held;
 * <li>week 2: trio 3 (A, C and the outsider) recorded as not held; trio 4 (B, D, E) held; a trio
 * of outsiders only, held; the all-hands (the five) nobody recorded, and one of outsiders only, held;
 * <li>tomorrow: a trio of A and B, not yet missed.
 * </ul>
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
class RitualAdoptionSourceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate WEEK1 = LocalDate.now(PARIS).minusWeeks(6)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    static long team;
    static TestUsers.User lead;
    static final List<Long> members = new ArrayList<>();
    static final List<Long> outsiders = new ArrayList<>();
    static long trio1;

    @Autowired
    AdoptionService adoption;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void history(@Autowired ApplicationContext context) {
        PersonService people = context.getBean(PersonService.class);
        AccountService accounts = context.getBean(AccountService.class);
        String tag = TestUsers.unique();
        asAdmin(() -> {
            team = people.createTeam("Équipe rituels " + tag, null);
            long other = people.createTeam("Autre équipe rituels " + tag, null);
            long a = person(people, "Aurore", tag, team, null);
            accounts.createForPerson(a, List.of(Roles.EMPLOYEE), TestUsers.PASSWORD);
            lead = new TestUsers.User(a, email("Aurore", tag));
            members.add(a);
            for (String name : List.of("Bastien", "Clemence", "Damien", "Estelle")) {
                members.add(person(people, name, tag, team, a));
            }
            for (String name : List.of("Xavier", "Yasmine", "Zoe")) {
                outsiders.add(person(people, name, tag, other, null));
            }
            return null;
        });
        long a = members.get(0);
        long b = members.get(1);
        long c = members.get(2);
        long d = members.get(3);
        long e = members.get(4);
        long x = outsiders.get(0);
        Planner plan = new Planner(context, tag);
        trio1 = plan.meeting(RitualKind.MONDAY_TRIOS, WEEK1, List.of(a, b, x), true);
        plan.meeting(RitualKind.MONDAY_TRIOS, WEEK1, List.of(c, d, e), null);
        plan.meeting(RitualKind.FRIDAY_ALL_HANDS, WEEK1.plusDays(4), List.of(a, b, c, d, e, x), true);
        LocalDate week2 = WEEK1.plusWeeks(1);
        plan.meeting(RitualKind.MONDAY_TRIOS, week2, List.of(a, c, x), false);
        plan.meeting(RitualKind.MONDAY_TRIOS, week2, List.of(b, d, e), true);
        plan.meeting(RitualKind.MONDAY_TRIOS, week2, outsiders, true);
        plan.meeting(RitualKind.FRIDAY_ALL_HANDS, week2.plusDays(4), List.of(a, b, c, d, e), null);
        plan.meeting(RitualKind.FRIDAY_ALL_HANDS, week2.plusDays(3), outsiders, true);
        plan.meeting(RitualKind.MONDAY_TRIOS, LocalDate.now(PARIS).plusDays(1), List.of(a, b), null);
    }

    @Test
    void heldTrioPlacesOverPlannedPlacesOfTheTeam() {
        AdoptionReport report = adoption.report(weeks(team));

        // week 1: A and B held of A, B, C, D, E planned; week 2: B, D, E held of A, C, B, D, E; none after
        assertThat(report.series(Metric.TRIO_PARTICIPATION).values()).containsExactly(0.4, 0.6, null);
        assertThat(report.series(Metric.TRIO_PARTICIPATION).overall()).isEqualTo(0.5);
    }

    @Test
    void allHandsHeldOverPlannedForTheTeam() {
        AdoptionReport report = adoption.report(weeks(team));

        assertThat(report.series(Metric.ALL_HANDS_ATTENDANCE).values()).containsExactly(1.0, 0.0, null);
        assertThat(adoption.measuredMetrics()).contains(Metric.TRIO_PARTICIPATION, Metric.ALL_HANDS_ATTENDANCE);
    }

    @Test
    void aTrioStillToComeIsNotMissed() {
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        AdoptionReport report = adoption.report(new ReportRequest(team, Granularity.WEEK, monday, monday.plusDays(13)));

        assertThat(report.series(Metric.TRIO_PARTICIPATION).values()).containsExactly(null, null);
    }

    @Test
    void drillListsTheTeamsTriosAndATeamLeadOnlyThoseTheyWereIn() {
        List<DrillItem> everything = adoption.drill(weeks(team), Metric.TRIO_PARTICIPATION, WEEK1);
        assertThat(everything).hasSize(2).extracting(DrillItem::figure).containsExactlyInAnyOrder(2L, 3L);
        assertThat(everything).extracting(DrillItem::detailKey)
                .containsExactlyInAnyOrder("rituals.drill.held", "rituals.drill.not-held");

        List<DrillItem> own = new TestUsers(context).as(lead.email(),
                () -> adoption.drill(weeks(team), Metric.TRIO_PARTICIPATION, WEEK1));
        assertThat(own).singleElement().satisfies(item -> {
            assertThat(item.path()).isEqualTo(MeetingPaths.of(trio1));
            assertThat(item.figure()).isEqualTo(2L);
            assertThat(item.detailKey()).isEqualTo("rituals.drill.held");
        });
    }

    private static ReportRequest weeks(Long teamId) {
        return new ReportRequest(teamId, Granularity.WEEK, WEEK1, WEEK1.plusWeeks(3).minusDays(1));
    }

    private static long person(PersonService people, String first, String tag, long teamId, Long manager) {
        return people.create(new PersonForm(first, "Rituel-" + tag, email(first, tag), null, teamId, manager,
                WEEK1.minusWeeks(4), "Lyon", "Europe/Paris"));
    }

    private static String email(String first, String tag) {
        return (first + ".rituel-" + tag + "@tests.relais.io").toLowerCase(Locale.ROOT);
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), work);
    }

    /** Meetings recorded as the demo records its history, each with its own event, then their outcome. */
    private record Planner(ApplicationContext context, String tag) {

        long meeting(RitualKind kind, LocalDate day, List<Long> participants, Boolean held) {
            CalendarService calendar = context.getBean(CalendarService.class);
            RitualBackfill backfill = context.getBean(RitualBackfill.class);
            LocalDateTime start = day.atTime(9, 30);
            Instant startAt = start.atZone(PARIS).toInstant();
            String key = "test:" + tag + ":" + TestUsers.unique();
            return asAdmin(() -> {
                long eventId = calendar.create(EventForm.timed(calendar.personalCalendar(participants.getFirst()).id(),
                        kind + " " + tag, start, start.plusMinutes(30), PARIS)
                        .plannedBy(participants.getFirst(), backfill.eventSource(kind)));
                backfill.record(List.of(new PastMeeting(kind, key, day, startAt, startAt.plus(Duration.ofMinutes(30)),
                        eventId, null, participants)));
                if (held != null) {
                    calendar.recordOutcome(eventId, startAt, new OccurrenceOutcome(held, held ? 30 : null, null, null));
                }
                return context.getBean(RitualMeetingRepository.class).startingBetween(startAt, startAt.plusMillis(1))
                        .stream().filter(m -> m.getEventId() == eventId).findFirst().orElseThrow().getId();
            });
        }
    }
}
