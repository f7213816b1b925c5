package io.relais.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.analytics.internal.ReportBuilder;
import io.relais.analytics.internal.Rollups;
import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.OccurrenceOutcome;
import io.relais.calendar.Recurrence;
import io.relais.docs.DocumentBackfill;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.UpvoteService;
import io.relais.docs.Visibility;
import io.relais.people.PersonDetails;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.SystemTask;
import io.relais.search.internal.SearchLog;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The daily roll-up kept up to date change by change equals the one rebuilt from scratch, after
 * changes that reach back into days already rolled through every path that can (minutes for an
 * old meeting, a deleted minutes, a withdrawn upvote, a late click on an old search, meetings
 * edited in the past, history written after the fact, a person moving team); and a period made
 * of rolled days and today adds both.
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
class AdoptionRollupTest {

    static AdoptionFixture fixture;

    @Autowired
    Rollups rollups;
    @Autowired
    ReportBuilder reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentService documents;
    @Autowired
    DocumentBackfill backfill;
    @Autowired
    UpvoteService upvotes;
    @Autowired
    CalendarService calendars;
    @Autowired
    SearchLog searches;
    @Autowired
    PersonService people;

    @BeforeAll
    static void history(@Autowired ApplicationContext context) {
        fixture = new AdoptionFixture(context);
    }

    @Test
    void changesToRolledDaysKeepTheRollUpEqualToARebuild() {
        long b = fixture.members.get(1);
        String bEmail = people.get(b).email();
        long space = documents.spaces().stream().filter(s -> s.teamId() == null).findFirst().map(SpaceSummary::id).orElseThrow();
        DocumentDetails upvoted = SystemTask.runAsPerson(b, bEmail, () -> documents.create(DocumentKind.ARTICLE,
                form(space, "Article voté", KindFields.EMPTY)));
        long queryId = searches.record(bEmail, "rituels du lundi", 0, "page");
        // each change below touches days of its own, so that no other one rolls them again by chance
        jdbc.sql("insert into document_upvote (document_id, person_id, created_at) values (?, ?, ?)")
                .params(upvoted.id(), fixture.lead.personId(), Timestamp.from(at(fixture.week1.plusWeeks(7).plusDays(1), 11)))
                .update();
        jdbc.sql("update search_query set searched_at = ? where id = ?")
                .params(Timestamp.from(at(fixture.week1.plusWeeks(8).plusDays(3), 15)), queryId).update();
        rollups.rebuild(percent -> { });
        int rowsBefore = rows().size();
        long a = fixture.lead.personId();
        SystemTask.runAsPerson(a, fixture.lead.email(), () -> {
            LocalDate day = fixture.week1.plusWeeks(1).plusDays(4);
            long own = calendars.personalCalendar(a).id();
            long workshop = calendars.create(EventForm.timed(own, "Atelier passé " + fixture.tag, day.atTime(14, 0),
                    day.atTime(15, 0), AdoptionFixture.PARIS).withAttendees(List.of(Attendee.team(fixture.teamT))));
            calendars.recordOutcome(workshop, at(day, 14), new OccurrenceOutcome(true, 50, null, null));
            long series = calendars.create(EventForm.timed(own, "Suivi passé " + fixture.tag, day.atTime(9, 0),
                    day.atTime(9, 30), AdoptionFixture.PARIS).withAttendees(List.of(Attendee.person(b)))
                    .withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY, 1, Set.of(day.getDayOfWeek()), null, 3)));
            Instant second = LocalDateTime.of(day.plusWeeks(1), LocalTime.of(9, 0)).atZone(AdoptionFixture.PARIS).toInstant();
            calendars.moveOccurrence(series, second, second.plusSeconds(86_400), second.plusSeconds(86_400 + 3600));
            calendars.cancelOccurrence(series, second.plusSeconds(7 * 86_400));
            upvotes.toggle(upvoted.id());
            return null;
        });
        SystemTask.runAsPerson(b, bEmail, () -> {
            LocalDate meeting = fixture.week1.plusWeeks(5).plusDays(2);
            DocumentDetails minutes = documents.create(DocumentKind.MINUTES, form(space, "CR tardif",
                    KindFields.EMPTY.withMeeting(meeting, "Ordre du jour", Set.of(b), List.of("On décide"), List.of())));
            DocumentDetails moved = documents.update(minutes.id(), minutes.version(), form(space, "CR tardif",
                    KindFields.EMPTY.withMeeting(meeting.minusWeeks(1), "Ordre du jour", Set.of(b), List.of(), List.of())));
            DocumentDetails dropped = documents.create(DocumentKind.MINUTES, form(space, "CR supprimé",
                    KindFields.EMPTY.withMeeting(meeting.plusDays(2), "Ordre du jour", Set.of(b), List.of(), List.of())));
            documents.delete(dropped.id());
            assertThat(moved.version()).isGreaterThan(minutes.version());
            return null;
        });
        assertThat(searches.click(bEmail, queryId, "doc:1", 0)).isTrue();
        SystemTask.runAsAdmin(() -> backfill.createAll(List.of(new DocumentBackfill.PastDocument(DocumentKind.ARTICLE,
                List.of(new DocumentBackfill.PastSave(b, at(fixture.week1.plusWeeks(4), 10), form(space, "Écrit après coup",
                        KindFields.EMPTY)))))));

        assertRollUpEqualsARebuild(rowsBefore);
    }

    @Test
    void aPersonMovingTeamTakesTheirHistoryAlong() {
        rollups.rebuild(percent -> { });
        int rowsBefore = rows().size();

        SystemTask.runAsAdmin(() -> {
            long e = fixture.members.get(4);
            PersonDetails moving = people.get(e);
            PersonForm before = moving.toForm();
            people.update(e, moving.version(), new PersonForm(before.firstName(), before.lastName(), before.email(),
                    before.jobTitle(), fixture.smallTeam, null, before.startDate(), before.location(), before.timeZone()));
        });

        assertRollUpEqualsARebuild(rowsBefore);
    }

    private void assertRollUpEqualsARebuild(int rowsBefore) {
        rollups.catchUp(Integer.MAX_VALUE);
        List<String> incremental = rows();
        rollups.rebuild(percent -> { });

        assertThat(incremental).as("rows were rolled").hasSizeGreaterThan(rowsBefore / 2);
        assertThat(rows()).isEqualTo(incremental);
    }

    @Test
    void aPeriodOfRolledDaysAndTodayAddsBoth() {
        LocalDate today = LocalDate.now(AdoptionFixture.PARIS);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ReportRequest twoWeeks = new ReportRequest(null, Granularity.WEEK, monday.minusWeeks(1), today);
        long c = fixture.members.get(2);
        String cEmail = people.get(c).email();
        long space = documents.spaces().stream().filter(s -> s.teamId() == null).findFirst().map(SpaceSummary::id).orElseThrow();
        rollups.catchUp(Integer.MAX_VALUE);
        List<Double> before = savesOfTeamT(twoWeeks);

        SystemTask.runAsAdmin(() -> backfill.createAll(List.of(new DocumentBackfill.PastDocument(DocumentKind.ARTICLE,
                List.of(new DocumentBackfill.PastSave(c, at(monday.minusWeeks(1), 10), form(space, "La semaine dernière",
                        KindFields.EMPTY)))))));
        rollups.catchUp(Integer.MAX_VALUE);
        List<Double> lastWeekWritten = savesOfTeamT(twoWeeks);
        SystemTask.runAsPerson(c, cEmail, () -> documents.create(DocumentKind.ARTICLE, form(space, "Aujourd'hui", KindFields.EMPTY)));
        List<Double> todayWritten = savesOfTeamT(twoWeeks);

        assertThat(rollups.rolled()).contains(Metric.DOCUMENTS_WRITTEN);
        assertThat(lastWeekWritten).as("a rolled day").containsExactly(before.get(0) + 1, before.get(1));
        assertThat(todayWritten).as("today, measured live").containsExactly(before.get(0) + 1, before.get(1) + 1);
    }

    private List<Double> savesOfTeamT(ReportRequest request) {
        return reports.compareTeams(request, List.of(new TeamSummary(fixture.teamT, "T", null, 0))).teams().getFirst().saves();
    }

    /** Every rolled row, as text (values to a millionth: sums of hours are added in another order). */
    private List<String> rows() {
        List<String> rows = new ArrayList<>(jdbc.sql("select concat_ws('|', metric, team_id, day, round(value, 6), basis)"
                + " from adoption_day order by 1").query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws('|', team_id, day, hour, actions) from adoption_hour order by 1")
                .query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws('|', metric, span, period_start, person_id) from adoption_presence order by 1")
                .query(String.class).list());
        rows.addAll(jdbc.sql("select concat_ws('|', span, metric, team_id, period_start, round(value, 6), basis)"
                + " from adoption_period order by 1").query(String.class).list());
        return rows;
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(AdoptionFixture.PARIS).toInstant();
    }

    private DocumentForm form(long space, String title, KindFields fields) {
        return new DocumentForm(space, fixture.title(title), "Texte de " + title, "fr", Visibility.COMPANY, Set.of(),
                Set.of(), null, fields);
    }
}
