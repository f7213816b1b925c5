package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.onboarding.OnboardingDetails;
import io.relais.onboarding.OnboardingService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo onboardings: one for every demo person but the founder, finished for those who joined
 * more than six months ago, in progress (some late) for the recent ones; the newcomer login still
 * has her exercise to write.
 */
@RelaisSpringTest
class DemoOnboardingsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OnboardingService onboardings;
    @Autowired
    ApplicationContext context;

    @Test
    void everyDemoPersonButTheFounderHasAnOnboardingFinishedUnlessRecent() {
        List<Object[]> rows = jdbc.query("""
                select p.email, p.start_date, o.completed_at, (select count(*) from onboarding_item i
                  where i.onboarding_id = o.id and i.status <> 'DONE' and i.due_date < current_date)
                from person p join onboarding o on o.person_id = p.id
                where p.email like '%@canopee.fr' and o.started_at < current_timestamp - interval 1 day""",
                (row, n) -> new Object[] {row.getString(1), row.getDate(2).toLocalDate(), row.getTimestamp(3),
                        row.getLong(4)});
        assertThat(rows).hasSize(49);
        assertThat(rows).noneMatch(row -> row[0].equals("claire.fontaine@canopee.fr"));
        LocalDate recent = LocalDate.now().minusMonths(6);
        List<Object[]> old = rows.stream().filter(row -> !((LocalDate) row[1]).isAfter(recent)).toList();
        List<Object[]> young = rows.stream().filter(row -> ((LocalDate) row[1]).isAfter(recent)).toList();
        assertThat(old).isNotEmpty().allMatch(row -> row[2] != null);
        assertThat(young).isNotEmpty().anyMatch(row -> row[2] == null);
        assertThat(young).as("some late").anyMatch(row -> (Long) row[3] > 0);
        assertThat(jdbc.queryForObject("select count(*) from onboarding_template where name = 'Accueil à l''agence'",
                Long.class)).as("two versions").isEqualTo(2);
    }

    @Test
    void everyItemOfARunningChecklistIsOnItsResponsiblePersonsListAndEveryReviewOnItsReviewers() {
        Map<String, String> expected = new HashMap<>();
        jdbc.query("""
                select i.id, i.responsible_person_id, i.status, i.kind, i.review_rounds, coalesce(o.buddy_id, o.manager_id)
                from onboarding_item i join onboarding o on o.id = i.onboarding_id join person p on p.id = o.person_id
                where p.email like '%@canopee.fr' and o.completed_at is null""", row -> {
            String status = row.getString(3);
            if (row.getObject(2) != null) {
                expected.put("onboarding:item:" + row.getLong(1), row.getLong(2) + " "
                        + (status.equals("DONE") || status.equals("IN_REVIEW")));
            }
            if (row.getString(4).equals("WRITE_AND_REVIEW") && status.equals("DONE") && row.getInt(5) > 0) {
                expected.put("onboarding:review:" + row.getLong(1), row.getLong(6) + " true");
            }
        });
        Map<String, String> actual = new HashMap<>();
        jdbc.query("select source, owner_id, done from todo where source like 'onboarding:%'",
                row -> {
                    actual.put(row.getString(1), row.getLong(2) + " " + row.getBoolean(3));
                });
        assertThat(expected).as("the demo has running checklists").hasSizeGreaterThan(50);
        assertThat(actual).containsAllEntriesOf(expected);
    }

    @Test
    void theNewcomerLoginHasAnArticleToConfirmAndHerExerciseToWrite() {
        OnboardingDetails ines = new TestUsers(context).as(DemoLogins.NEWCOMER.email(), () -> onboardings.mine())
                .orElseThrow();
        assertThat(ines.completedAt()).isNull();
        assertThat(ines.items()).filteredOn(i -> i.kind() == ItemKind.WRITE_AND_REVIEW).singleElement()
                .satisfies(exercise -> {
                    assertThat(exercise.status()).isEqualTo(ItemStatus.OPEN);
                    assertThat(exercise.canAct()).isTrue();
                });
        assertThat(ines.items()).filteredOn(i -> i.kind() == ItemKind.READ_AND_CONFIRM)
                .anyMatch(ChecklistItem::canAct);
        assertThat(ines.participants()).hasSizeGreaterThanOrEqualTo(4);
    }
}
