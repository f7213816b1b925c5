package io.relais.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.AnalyticsProperties;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Granularity;
import io.relais.analytics.Measure;
import io.relais.analytics.Metric;
import io.relais.analytics.ReportRequest;
import io.relais.docs.DocumentBackfill;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.db.TimeBuckets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Figures read from the roll-up plus today's measured live equal those measured live from the base
 * tables alone, for the company, a team and every team at once, by week, by month (the roll-up's
 * week and month rows) and over the whole range. Contributors (who saved on each rolled day, week
 * and month): a person who saved on a rolled day and again today counts once, one who saved only
 * today counts. Saves: the sums of rolled days and today.
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolledFiguresTest {

    private static final Metric CONTRIBUTORS = Metric.CONTRIBUTORS;
    private static final Set<Metric> MEASURED = Set.of(CONTRIBUTORS, Metric.DOCUMENTS_WRITTEN);

    @Autowired
    Measurements measurements;
    @Autowired
    Rollups rollups;
    @Autowired
    Sources sources;
    @Autowired
    PersonService people;
    @Autowired
    AnalyticsProperties properties;
    @Autowired
    JdbcClient jdbc;

    final String tag = TestUsers.unique();
    long team;
    final List<Long> members = new ArrayList<>();
    LocalDate today;

    @BeforeAll
    void history(@Autowired DocumentService documents, @Autowired DocumentBackfill backfill) {
        ZoneId zone = properties.zone();
        today = LocalDate.now(zone);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SystemTask.runAsAdmin(() -> {
            team = people.createTeam("Présences " + tag, null);
            for (String name : List.of("Aude", "Bruno", "Chloé", "Denis", "Estelle")) {
                members.add(people.create(new PersonForm(name, "Présence-" + tag, (name + ".presence-" + tag
                        + "@tests.relais.io").toLowerCase(java.util.Locale.ROOT), null, team, null, today.minusYears(1),
                        "Lyon", "Europe/Paris")));
            }
        });
        long space = SystemTask.runAs(List.of(Roles.ADMIN), () -> documents.spaces().stream().filter(s -> s.teamId() == null).findFirst()
                .map(SpaceSummary::id).orElseThrow());
        // A: last week and today; B: last month and two weeks ago; C: today only; D: on a Sunday night
        List<DocumentBackfill.PastDocument> past = List.of(
                save(members.get(0), monday.minusWeeks(1).atTime(10, 0), space, "A1"),
                save(members.get(1), monday.minusWeeks(6).atTime(9, 0), space, "B1"),
                save(members.get(1), monday.minusWeeks(2).plusDays(2).atTime(9, 0), space, "B2"),
                save(members.get(3), monday.minusDays(1).atTime(23, 30), space, "D1"));
        SystemTask.runAsAdmin(() -> backfill.createAll(past));
        rollups.catchUp(Integer.MAX_VALUE);
        for (long person : List.of(members.get(0), members.get(2))) {
            String email = SystemTask.runAs(List.of(Roles.ADMIN), () -> people.get(person).email());
            SystemTask.runAsPerson(person, email, () -> documents.create(DocumentKind.ARTICLE,
                    form(space, "Aujourd'hui " + person)));
        }
    }

    @Test
    void theRolledDaysPlusTodayEqualWhatTheSavesSay() {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long months = monday.minusWeeks(6).getMonth() == monday.minusWeeks(2).plusDays(2).getMonth() ? 1 : 2;
        assertThat(jdbc.sql("select count(*) from adoption_presence where metric = 'CONTRIBUTORS' and person_id = ?")
                .param(members.get(1)).query(Long.class).single()).as("B's two days, two weeks and their months are rolled")
                .isEqualTo(2 + 2 + months);

        for (ReportRequest request : List.of(new ReportRequest(null, Granularity.WEEK, today.minusWeeks(7), today),
                new ReportRequest(null, Granularity.MONTH, today.minusMonths(3), today))) {
            TimeBuckets periods = Periods.of(request, properties.zone());
            Group company = Group.company(people.memberships(), today.plusDays(1));
            Group ours = Group.team(team, people.memberships(), today.plusDays(1));

            assertEqualsLive(Map.of(GroupedMeasures.ASKED, measurements.of(company, periods, MEASURED)), null, false,
                    periods);
            Map<Metric, Measurements.Measured> teamFigures = measurements.of(ours, periods, MEASURED);
            assertEqualsLive(Map.of(GroupedMeasures.ASKED, teamFigures), ours.personIds(), false, periods);
            assertEqualsLive(measurements.perTeam(List.of(team), periods, MEASURED), null, true, periods);

            if (request.granularity() == Granularity.WEEK) {
                List<Measure> weeks = teamFigures.get(CONTRIBUTORS).periods();
                assertThat(weeks.getLast().value()).as("A and C this week (today)").isEqualTo(2);
            }
            assertThat(teamFigures.get(CONTRIBUTORS).overall().value())
                    .as("A (on a rolled day and today), B, C and D: " + request).isEqualTo(4);
        }
    }

    private void assertEqualsLive(Map<Long, Map<Metric, Measurements.Measured>> measured, Set<Long> group, boolean byTeam,
            TimeBuckets periods) {
        assertThat(rollups.rolled()).contains(Metric.DOCUMENTS_WRITTEN);
        assertThat(rollups.rolledPeople()).contains(CONTRIBUTORS);
        for (Metric metric : MEASURED) {
            AdoptionSource source = sources.of(metric).orElseThrow();
            GroupedMeasures live = source.measureGroups(metric, new AdoptionQuery(group, periods, byTeam));
            GroupedMeasures liveOverall = source.measureGroups(metric, new AdoptionQuery(group, Periods.whole(periods), byTeam));
            assertThat(live.groups()).as("groups with figures").isNotEmpty();
            for (long key : live.groups().keySet()) {
                if (byTeam && key != team) {
                    continue; // only our team was asked
                }
                Measurements.Measured one = measured.get(key).get(metric);
                assertThat(one.periods()).as(metric + " of group " + key).isEqualTo(live.of(key));
                assertThat(one.overall()).as(metric + " of group " + key + " overall").isEqualTo(liveOverall.of(key).getFirst());
            }
        }
    }

    private DocumentBackfill.PastDocument save(long author, java.time.LocalDateTime at, long space, String title) {
        Instant when = at.atZone(properties.zone()).toInstant();
        return new DocumentBackfill.PastDocument(DocumentKind.ARTICLE,
                List.of(new DocumentBackfill.PastSave(author, when, form(space, title))));
    }

    private DocumentForm form(long space, String title) {
        return new DocumentForm(space, title + " " + tag, "Texte " + title, "fr", Visibility.COMPANY, Set.of(), Set.of(),
                null, KindFields.EMPTY);
    }
}
