package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Measure;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.platform.Roles;
import io.relais.platform.db.TimeBuckets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Views per document and month (V19) stay the sum of the views per day through every way a day
 * changes (the view counter's first view and later ones, a bulk insert, a deletion) and follow
 * their document's review date and deletion, and "popular but stale" over whole months reads them
 * with the same answer as from the days.
 */
@RelaisSpringTest
class DocumentViewMonthTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ApplicationContext context;
    @Autowired
    DocumentService documents;
    @Autowired
    ViewCounter views;
    @Autowired
    DocumentAdoptionQueries queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void monthsAreTheSumOfTheirDaysAndPopularButStaleReadsEitherAlike() {
        TestUsers users = new TestUsers(context);
        TestUsers.User owner = users.createUser("Vera", Roles.EMPLOYEE);
        long stale = article(users, owner, "Périmé");
        long fresh = article(users, owner, "À jour");
        LocalDate first = LocalDate.now(PARIS).withDayOfMonth(1).minusMonths(3);
        LocalDate second = first.plusMonths(1);
        jdbc.sql("update document set review_by = ? where id = ?").params(Date.valueOf(first.minusDays(1)), stale).update();

        // the stale article: 5 views in the first month (5 × 7 >= 31 days at most), 3 in the second
        for (int i = 0; i < 4; i++) {
            views.count(stale, owner.personId(), first.plusDays(2));
        }
        views.count(stale, null, first.plusDays(9));
        views.count(stale, owner.personId(), second.plusDays(1));
        jdbc.sql("insert into document_view_day (document_id, day, views, unique_viewers) values (?, ?, 4, 1)")
                .params(stale, Date.valueOf(second.plusDays(3))).update();
        jdbc.sql("delete from document_view_day where document_id = ? and day = ?")
                .params(stale, Date.valueOf(second.plusDays(3))).update();
        views.count(stale, owner.personId(), second.plusDays(5));
        views.count(stale, owner.personId(), second.plusDays(5));
        // a document read a lot but with no review date is not stale
        for (int i = 0; i < 10; i++) {
            views.count(fresh, null, first.plusDays(4));
        }

        assertThat(monthsOf(stale)).as("views per month").containsExactly(first + "=5", second + "=3");
        assertThat(monthsOf(stale)).isEqualTo(daysSummedByMonth(stale));
        assertThat(monthsOf(fresh)).isEqualTo(daysSummedByMonth(fresh));

        TimeBuckets months = new TimeBuckets(List.of(first, second, second.plusMonths(1)), PARIS);
        AdoptionQuery ownersDocuments = new AdoptionQuery(Set.of(owner.personId()), months);
        assertThat(months.wholeMonths()).isTrue();
        assertThat(queries.popularButStale(ownersDocuments).asked()).extracting(Measure::value).containsExactly(1.0, 0.0);
        TimeBuckets both = new TimeBuckets(List.of(first, second.plusMonths(1)), PARIS);
        assertThat(queries.popularButStale(new AdoptionQuery(Set.of(owner.personId()), both)).asked())
                .as("8 views over about 60 days: not once a week").extracting(Measure::value).containsExactly(0.0);

        // the months follow their document: no review date any more, then a new one, then deleted
        jdbc.sql("update document set review_by = null where id = ?").param(stale).update();
        assertThat(queries.popularButStale(ownersDocuments).asked()).extracting(Measure::value).containsExactly(0.0, 0.0);
        jdbc.sql("update document set review_by = ? where id = ?").params(Date.valueOf(first.minusDays(1)), stale).update();
        assertThat(queries.popularButStale(ownersDocuments).asked()).extracting(Measure::value).containsExactly(1.0, 0.0);
        assertThat(stateOfMonths(stale)).containsOnly(first.minusDays(1) + "|0|" + owner.personId());
        users.as(owner.email(), () -> {
            documents.delete(stale);
            return null;
        });
        assertThat(stateOfMonths(stale)).containsOnly(first.minusDays(1) + "|1|" + owner.personId());
        assertThat(queries.popularButStale(ownersDocuments).asked()).extracting(Measure::value).containsExactly(0.0, 0.0);
        jdbc.sql("update document set deleted_at = null where id = ?").param(stale).update();

        // the same months cut at a day that is not the first: read from the days
        TimeBuckets shifted = new TimeBuckets(List.of(first.plusDays(1), second.plusDays(1), second.plusMonths(1).plusDays(1)), PARIS);
        GroupedMeasures fromDays = queries.popularButStale(new AdoptionQuery(Set.of(owner.personId()), shifted));
        assertThat(shifted.wholeMonths()).isFalse();
        assertThat(fromDays.asked()).extracting(Measure::value).containsExactly(1.0, 0.0);
    }

    private long article(TestUsers users, TestUsers.User owner, String title) {
        return users.as(owner.email(), () -> {
            long space = documents.spaces().stream().filter(s -> s.teamId() == null).findFirst().map(SpaceSummary::id)
                    .orElseThrow();
            return documents.create(DocumentKind.ARTICLE, new DocumentForm(space, title + " " + TestUsers.unique(),
                    "Texte", "fr", Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY)).id();
        });
    }

    private List<String> monthsOf(long document) {
        return jdbc.sql("select concat(month, '=', views) from document_view_month where document_id = ? order by month")
                .param(document).query(String.class).list();
    }

    private List<String> stateOfMonths(long document) {
        return jdbc.sql("select concat_ws('|', review_by, deleted, owner_id) from document_view_month where document_id = ?")
                .param(document).query(String.class).list();
    }

    private List<String> daysSummedByMonth(long document) {
        return jdbc.sql("select concat(day - interval (dayofmonth(day) - 1) day, '=', sum(views)) from document_view_day"
                + " where document_id = ? group by day - interval (dayofmonth(day) - 1) day order by 1")
                .param(document).query(String.class).list();
    }
}
