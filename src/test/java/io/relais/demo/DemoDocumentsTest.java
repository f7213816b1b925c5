package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo history as stored: written through the backfill at past moments, with revisions and
 * activities at those moments. Documents the other tests create are "now", so the demo ones
 * are those created more than an hour ago.
 */
@RelaisSpringTest
class DemoDocumentsTest {

    private static final String DEMO = " d.created_at < ? ";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoDocuments demoDocuments;
    @Autowired
    DocumentService documents;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private Timestamp anHourAgo() {
        return Timestamp.from(clock.instant().minus(Duration.ofHours(1)));
    }

    private long count(String sqlAfterWhere) {
        return jdbc.queryForObject("select count(*) from document d where" + DEMO + "and " + sqlAfterWhere, Long.class, anHourAgo());
    }

    @Test
    void aboutFourHundredDocumentsOverThreeYearsByPeopleWhoHadJoined() {
        assertThat(count("1 = 1")).isBetween(370L, 450L);
        assertThat(jdbc.queryForObject("select count(*) from document d where" + DEMO, Long.class, anHourAgo()))
                .isEqualTo(count("1 = 1"));
        assertThat(count("d.created_at < date_sub(utc_timestamp(), interval 1000 day)")).isPositive();
        assertThat(count("exists (select 1 from person p where p.id = d.owner_id and p.start_date > date(d.created_at))"))
                .as("written before the author joined").isZero();
        assertThat(count("d.visibility = 'PUBLIC'")).isBetween(15L, 25L);
        assertThat(count("d.kind = 'ARTICLE' and d.review_by < curdate()")).as("past their review date").isPositive();
        assertThat(count("d.kind = 'PROBLEM' and d.helped_count > 0")).isPositive();
    }

    @Test
    void everySaveIsARevisionAndAnActivityAtItsPastMoment() {
        assertThat(count("d.revision <> (select count(*) from document_revision r where r.document_id = d.id)")).isZero();
        assertThat(count("d.updated_at <> (select max(r.created_at) from document_revision r where r.document_id = d.id)")).isZero();
        assertThat(count("d.revision >= 2 and exists (select 1 from document_revision r where r.document_id = d.id "
                + "and r.author_id <> d.owner_id)")).as("edited by a colleague").isGreaterThan(25);
        assertThat(count("d.created_at <> (select min(a.occurred_at) from activity a where a.subject_type = 'DOCUMENT' "
                + "and a.subject_id = d.id and a.action = 'CREATED')")).as("created activity at the creation").isZero();
        // readers' upvotes, notes and comments are activities about the documents too, but no saves
        assertThat(count("d.revision <> (select count(*) from activity a where a.subject_type = 'DOCUMENT' and a.subject_id = d.id "
                + "and a.action in ('CREATED', 'UPDATED'))")).as("one activity per save").isZero();
    }

    @Test
    void supersededDecisionsPointToTheLaterDecisionThatReplacedThem() {
        List<Map<String, Object>> chains = jdbc.queryForList("""
                select n.decision_status as newer, n.created_at > d.created_at as later from document d
                join document n on n.id = d.superseded_by where d.decision_status = 'SUPERSEDED' and d.created_at < ?""", anHourAgo());
        assertThat(chains).hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> {
            assertThat(row.get("newer")).isEqualTo(KindFields.DecisionStatus.ACCEPTED.name());
            assertThat(((Number) row.get("later")).intValue()).isEqualTo(1);
        });
    }

    @Test
    void linksAndMentionsResolveForAReader() {
        long kickOff = jdbc.queryForObject("select min(d.id) from document d where d.title like 'Kick-off %' and" + DEMO,
                Long.class, anHourAgo());
        DocumentDetails details = new As(users).user("lucas.bernard", () -> documents.get(kickOff));
        assertThat(details.html()).contains("href=\"/docs/").contains("href=\"/people/");
        assertThat(details.fields().attendeeIds()).isNotEmpty();
    }

    @Test
    void runsOncePerDatabase() {
        long before = count("1 = 1");
        demoDocuments.run(null);
        assertThat(count("1 = 1")).isEqualTo(before);
    }
}
