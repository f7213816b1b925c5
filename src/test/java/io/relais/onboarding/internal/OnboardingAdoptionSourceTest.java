package io.relais.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.DrillItem;
import io.relais.analytics.Measure;
import io.relais.analytics.Metric;
import io.relais.platform.db.TimeBuckets;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Onboarding's adoption figures on checklists written row by row with known dates, so every
 * answer is worked out by hand. Weeks 1 to 3 start on the Monday ten weeks ago (Europe/Paris);
 * week 3 is empty. Newcomers N1, N2, N3 are the group; N4 is outside it.
 *
 * <ul>
 * <li>Finished checklists: N1 started 20 days before week 1 and finished on its Tuesday (21 days),
 * N2 started 10 days before and finished on Thursday (13 days): median 17 in week 1; N3 started
 * 2 days before week 1 and finished on the Wednesday of week 2 (11 days). N1's departure
 * (offboarding, 100 days) and N4's onboarding (50 days) finished in week 1 do not count.
 * <li>N1's items due in week 1: Monday done Monday (on time), Tuesday done Thursday (late),
 * Wednesday never done (late), Friday done Friday (on time): 2 of 4 late. Due Tuesday of week 2,
 * done the Monday before: 0 of 1 late.
 * <li>Writing exercises (due long before): approved in week 1 at the first submission, approved in
 * week 1 at the second, in review, and ticked without any review: 1 of 2 approved the first time.
 * </ul>
 */
@RelaisSpringTest
@WithUserDetails("claire.fontaine@canopee.fr")
class OnboardingAdoptionSourceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    OnboardingAdoptionSource source;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private final LocalDate week1 = LocalDate.now(PARIS).minusWeeks(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private final String templateName = "Accueil mesuré " + TestUsers.unique();
    private long n1;
    private long n2;
    private long n3;
    private long n4;

    @BeforeEach
    void handBuiltChecklists() {
        TestUsers users = new TestUsers(context);
        n1 = users.createPerson(TestUsers.form("Nora", "Mesure"));
        n2 = users.createPerson(TestUsers.form("Noé", "Mesure"));
        n3 = users.createPerson(TestUsers.form("Nils", "Mesure"));
        n4 = users.createPerson(TestUsers.form("Nadia", "Ailleurs"));
        long template = template("ONBOARDING", templateName);
        long departure = template("OFFBOARDING", "Départ mesuré " + TestUsers.unique());

        long first = checklist("ONBOARDING", template, n1, week1.minusDays(20), at(1, 10));
        checklist("ONBOARDING", template, n2, week1.minusDays(10), at(3, 10));
        checklist("ONBOARDING", template, n3, week1.minusDays(2), at(9, 10));
        checklist("OFFBOARDING", departure, n1, week1.minusDays(99), at(1, 11));
        long elsewhere = checklist("ONBOARDING", template, n4, week1.minusDays(48), at(2, 10));

        item(first, "TASK", 0, "DONE", 0, at(0, 10));
        item(first, "TASK", 1, "DONE", 0, at(3, 10));
        item(first, "TASK", 2, "OPEN", 0, null);
        item(first, "TASK", 4, "DONE", 0, at(4, 15));
        item(first, "TASK", 8, "DONE", 0, at(7, 10));
        item(elsewhere, "TASK", 1, "OPEN", 0, null);

        item(first, "WRITE_AND_REVIEW", -30, "DONE", 1, at(2, 10));
        item(first, "WRITE_AND_REVIEW", -30, "DONE", 2, at(3, 16));
        item(first, "WRITE_AND_REVIEW", -30, "IN_REVIEW", 1, null);
        item(first, "WRITE_AND_REVIEW", -30, "DONE", 0, at(4, 9));
        item(elsewhere, "WRITE_AND_REVIEW", -30, "DONE", 2, at(2, 12));
    }

    @Test
    void medianDaysToFinishOverTheChecklistsFinishedInEachPeriod() {
        assertThat(source.measure(Metric.ONBOARDING_DAYS, weeks(Set.of(n1, n2, n3))))
                .containsExactly(new Measure(17, 2), new Measure(11, 1), Measure.NONE);
    }

    @Test
    void shareOfItemsNotDoneByTheirDueDay() {
        assertThat(source.measure(Metric.ONBOARDING_LATE_ITEMS, weeks(Set.of(n1, n2, n3))))
                .containsExactly(new Measure(2, 4), new Measure(0, 1), Measure.NONE);
    }

    @Test
    void shareOfWritingExercisesApprovedAtTheirFirstSubmission() {
        assertThat(source.measure(Metric.WRITING_APPROVED_FIRST_TIME, weeks(Set.of(n1, n2, n3))))
                .containsExactly(new Measure(1, 2), Measure.NONE, Measure.NONE);
    }

    @Test
    void aGroupWithoutChecklistsMeasuresNothingRatherThanZero() {
        AdoptionQuery nobody = weeks(Set.of(n4 + 1_000_000));
        for (Metric metric : source.metrics()) {
            assertThat(source.measure(metric, nobody)).as(metric.name()).containsOnly(Measure.NONE).hasSize(3);
        }
    }

    @Test
    void theDrillDownListsTemplatesWithTheirFigureNeverPeople() {
        AdoptionQuery week = new AdoptionQuery(Set.of(n1, n2, n3), new TimeBuckets(List.of(week1, week1.plusWeeks(1)), PARIS));
        assertThat(source.drill(Metric.ONBOARDING_DAYS, week, 10)).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo(templateName);
            assertThat(row.figure()).as("median days").isEqualTo(17L);
            assertThat(row.path()).isNull();
        });
        assertThat(source.drill(Metric.ONBOARDING_LATE_ITEMS, week, 10)).extracting(DrillItem::figure).containsExactly(2L);
        assertThat(source.drill(Metric.WRITING_APPROVED_FIRST_TIME, week, 10)).extracting(DrillItem::figure)
                .containsExactly(1L);
        assertThat(source.drill(Metric.DOCUMENTS_WRITTEN, week, 10)).isEmpty();
    }

    private AdoptionQuery weeks(Set<Long> people) {
        return new AdoptionQuery(people, new TimeBuckets(List.of(week1, week1.plusWeeks(1), week1.plusWeeks(2),
                week1.plusWeeks(3)), PARIS));
    }

    /** A day of the weeks (0 is the Monday of week 1) at an hour, Paris time. */
    private Instant at(int day, int hour) {
        return week1.plusDays(day).atTime(LocalTime.of(hour, 0)).atZone(PARIS).toInstant();
    }

    /** As Relais stores times: UTC wall-clock. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long template(String purpose, String name) {
        jdbc.update("""
                insert into onboarding_template (lineage, version_number, latest, purpose, name, created_at)
                values (?, 1, true, ?, ?, ?)""", UUID.randomUUID().toString(), purpose, name, utc(Instant.now()));
        return jdbc.queryForObject("select id from onboarding_template where name = ?", Long.class, name);
    }

    private long checklist(String purpose, long template, long person, LocalDate start, Instant finished) {
        jdbc.update("""
                insert into onboarding (purpose, template_id, person_id, start_date, started_at, completed_at)
                values (?, ?, ?, ?, ?, ?)""", purpose, template, person, Date.valueOf(start),
                utc(start.atStartOfDay(PARIS).toInstant()), utc(finished));
        return jdbc.queryForObject("select max(id) from onboarding where person_id = ?", Long.class, person);
    }

    private void item(long checklist, String kind, int dueDay, String status, int rounds, Instant done) {
        jdbc.update("""
                insert into onboarding_item (onboarding_id, position, section, title, responsible, kind, due_offset_days,
                  due_date, status, review_rounds, completed_at) values (?, 0, 'Semaine 1', 'Étape', 'NEWCOMER', ?, 0, ?, ?, ?, ?)""",
                checklist, kind, Date.valueOf(week1.plusDays(dueDay)), status, rounds,
                done == null ? null : utc(done));
    }
}
