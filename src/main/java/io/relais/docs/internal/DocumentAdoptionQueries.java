package io.relais.docs.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSql;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Measure;
import io.relais.platform.db.TimeBuckets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document figures of adoption analytics, each one aggregate query over all periods, grouped
 * by the database ({@link TimeBuckets}). A group's documents are those its members wrote (a
 * revision's author) or own (a document's owner); deleted documents still count as written.
 */
@Component
@Transactional(readOnly = true)
public class DocumentAdoptionQueries {

    private static final String REVISION_BUCKET = TimeBuckets.instantBucket("r.created_at");
    private static final String CREATED_BUCKET = TimeBuckets.instantBucket("d.created_at");

    private final JdbcClient jdbc;

    DocumentAdoptionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves (revisions) by the group's members. */
    public GroupedMeasures saves(AdoptionQuery query) {
        return counts(query, "select " + AdoptionSql.groupOf(query, "r.author_id") + " as g, " + REVISION_BUCKET
                + " as b, count(*) as v, 1 as n from document_revision r where r.created_at >= :from and r.created_at < :to"
                + AdoptionSql.inGroup(query, "r.author_id") + " group by g, b");
    }

    /** Members who saved at least one document. */
    public GroupedMeasures contributors(AdoptionQuery query) {
        return counts(query, "select " + AdoptionSql.groupOf(query, "r.author_id") + " as g, " + REVISION_BUCKET
                + " as b, count(distinct r.author_id) as v, 1 as n from document_revision r"
                + " where r.created_at >= :from and r.created_at < :to" + AdoptionSql.inGroup(query, "r.author_id")
                + " group by g, b");
    }

    /** Articles created (first revisions) or edited (later ones) by the group's members. */
    public GroupedMeasures articleSaves(AdoptionQuery query, boolean firstSave) {
        return counts(query, "select " + AdoptionSql.groupOf(query, "r.author_id") + " as g, " + REVISION_BUCKET
                + " as b, count(*) as v, 1 as n from document_revision r join document d on d.id = r.document_id where d.kind = 'ARTICLE' and r.number "
                + (firstSave ? "= 1" : "> 1") + " and r.created_at >= :from and r.created_at < :to"
                + AdoptionSql.inGroup(query, "r.author_id") + " group by g, b");
    }

    /** Decision records the group's members wrote. */
    public GroupedMeasures decisionsLogged(AdoptionQuery query) {
        return counts(query, "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, " + CREATED_BUCKET
                + " as b, count(*) as v, 1 as n from document d"
                + " where d.kind = 'DECISION' and d.created_at >= :from and d.created_at < :to"
                + AdoptionSql.inGroup(query, "d.owner_id") + " group by g, b");
    }

    /**
     * Median days from proposal (creation) to acceptance, over the decisions accepted in each
     * period (superseded ones were accepted first); MariaDB's MEDIAN window function does it.
     */
    public GroupedMeasures daysToAccept(AdoptionQuery query) {
        return measures(query, "select distinct g, b, median(days) over (partition by g, b) as v,"
                + " count(*) over (partition by g, b) as n from (select " + AdoptionSql.groupOf(query, "d.owner_id")
                + " as g, " + TimeBuckets.dateBucket("d.decided_on") + " as b,"
                + " greatest(0, datediff(d.decided_on, date(d.created_at))) as days from document d"
                + " where d.kind = 'DECISION' and d.decision_status in ('ACCEPTED', 'SUPERSEDED') and d.deleted_at is null"
                + " and d.decided_on >= :fromDay and d.decided_on < :toDay" + AdoptionSql.inGroup(query, "d.owner_id")
                + ") accepted");
    }

    /**
     * Share of minutes (by meeting day) written by the end of the day after the meeting (the
     * meeting day is a date: "the day after" ends at midnight UTC, up to two hours after local
     * midnight in Europe).
     */
    public GroupedMeasures minutesOnTime(AdoptionQuery query) {
        return measures(query, "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, "
                + TimeBuckets.dateBucket("d.meeting_date") + " as b,"
                + " sum(d.created_at < timestamp(d.meeting_date + interval 2 day)) as v, count(*) as n from document d"
                + " where d.kind = 'MINUTES' and d.deleted_at is null and d.meeting_date >= :fromDay and d.meeting_date < :toDay"
                + AdoptionSql.inGroup(query, "d.owner_id") + " group by g, b");
    }

    /** Share of minutes (by when they were written) recording at least one decision. */
    public GroupedMeasures minutesWithDecision(AdoptionQuery query) {
        return measures(query, "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, " + CREATED_BUCKET + " as b, sum(exists (select 1 from document_decision_taken t"
                + " where t.document_id = d.id)) as v, count(*) as n from document d"
                + " where d.kind = 'MINUTES' and d.deleted_at is null and d.created_at >= :from and d.created_at < :to"
                + AdoptionSql.inGroup(query, "d.owner_id") + " group by g, b");
    }

    /** Views of the documents the group's members own. */
    public GroupedMeasures views(AdoptionQuery query) {
        return counts(query, "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, "
                + TimeBuckets.dateBucket("v.day") + " as b, sum(v.views) as v, 1 as n"
                + " from document_view_day v join document d on d.id = v.document_id"
                + " where v.day >= :fromDay and v.day < :toDay" + AdoptionSql.inGroup(query, "d.owner_id")
                + " group by g, b");
    }

    /** Upvotes given to the documents the group's members own. */
    public GroupedMeasures upvotes(AdoptionQuery query) {
        return counts(query, "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, "
                + TimeBuckets.instantBucket("u.created_at") + " as b, count(*) as v, 1 as n"
                + " from document_upvote u join document d on d.id = u.document_id"
                + " where u.created_at >= :from and u.created_at < :to" + AdoptionSql.inGroup(query, "d.owner_id")
                + " group by g, b");
    }

    /**
     * At the end of each period, the share of the group's articles alive then whose review-by date
     * had passed (the directory of review dates keeps no history: today's dates are used). One
     * pass over the articles (an index holds every column read) counts them by the periods of
     * their creation, deletion and review-by date; an article counts from its creation on (from
     * the first period if created before), stops at its deletion and is overdue from the period
     * holding its review-by date on. The states at each period's end are running sums of those.
     */
    public GroupedMeasures pastReviewDate(AdoptionQuery query) {
        String sql = "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, "
                + TimeBuckets.instantBucket("d.created_at") + " as created, " + TimeBuckets.instantBucket("d.deleted_at")
                + " as deleted, " + TimeBuckets.dateBucket("d.review_by") + " as due, count(*) as n"
                + " from document d where d.kind = 'ARTICLE'" + AdoptionSql.inGroup(query, "d.owner_id")
                + " group by g, created, deleted, due";
        int periods = query.buckets().size();
        Map<Long, ArticleStates> states = new HashMap<>();
        AdoptionSql.bind(jdbc.sql(sql), query).query(rs -> {
            states.computeIfAbsent(rs.getLong("g"), g -> new ArticleStates(periods))
                    .add(rs.getInt("created"), rs.getInt("deleted"), rs.getInt("due"), rs.getLong("n"));
        });
        Map<Long, List<Measure>> groups = new HashMap<>();
        states.forEach((group, counted) -> groups.put(group, counted.sharesOverdue()));
        return new GroupedMeasures(groups, periods, false);
    }

    /**
     * Articles counted by the period (1-based; 0 before the range, -1 never) they appear in,
     * disappear from, become overdue in, and disappear from while overdue; later periods are
     * past the range.
     */
    private static final class ArticleStates {

        private final long[][] counts;
        private final int periods;

        ArticleStates(int periods) {
            this.periods = periods;
            this.counts = new long[4][periods + 1];
        }

        void add(int created, int deleted, int due, long articles) {
            count(0, created, articles);
            int overdue = due < 0 ? -1 : Math.max(created, due);
            if (deleted >= 0) {
                count(1, Math.max(created, deleted), articles);
            }
            if (overdue >= 0) {
                count(2, overdue, articles);
                if (deleted >= 0) {
                    count(3, Math.max(overdue, deleted), articles);
                }
            }
        }

        private void count(int what, int period, long articles) {
            if (period >= 0 && period <= periods) {
                counts[what][period] += articles;
            }
        }

        /** Per period, the overdue articles alive at its end over all alive then. */
        List<Measure> sharesOverdue() {
            List<Measure> measures = new ArrayList<>(periods);
            long[] running = new long[4];
            for (int period = 0; period <= periods; period++) {
                for (int what = 0; what < 4; what++) {
                    running[what] += counts[what][period];
                }
                if (period > 0) {
                    measures.add(Measure.share(running[2] - running[3], running[0] - running[1]));
                }
            }
            return measures;
        }
    }

    /**
     * Documents past their review-by date at the end of a period yet read at least once a week in
     * it. Periods of whole months read the views per document and month (which carry the
     * document's review-by date, deletion and owner), others the views per day.
     */
    public GroupedMeasures popularButStale(AdoptionQuery query) {
        String viewed = query.buckets().wholeMonths()
                ? "select " + AdoptionSql.groupOf(query, "v.owner_id") + " as g, " + TimeBuckets.dateBucket("v.month")
                        + " as b, v.document_id, v.review_by, sum(v.views) as views from document_view_month v"
                        + " where v.month >= :fromDay and v.month < :toDay and v.review_by < :toDay and not v.deleted"
                        + AdoptionSql.inGroup(query, "v.owner_id")
                : "select " + AdoptionSql.groupOf(query, "d.owner_id") + " as g, " + TimeBuckets.dateBucket("v.day")
                        + " as b, v.document_id, d.review_by, sum(v.views) as views"
                        + " from document_view_day v join document d on d.id = v.document_id"
                        + " where v.day >= :fromDay and v.day < :toDay and d.review_by < :toDay and d.deleted_at is null"
                        + AdoptionSql.inGroup(query, "d.owner_id");
        return counts(query, "select viewed.g as g, e.b as b, count(*) as v, 1 as n from (" + viewed
                + " group by g, b, v.document_id, review_by) viewed join " + query.buckets().endsTable() + " e on e.b = viewed.b"
                + " where viewed.review_by + 0 < e.end_day and viewed.views * 7 >= e.days group by viewed.g, e.b");
    }

    private GroupedMeasures counts(AdoptionQuery query, String sql) {
        return AdoptionSql.measure(jdbc, sql, query, true);
    }

    private GroupedMeasures measures(AdoptionQuery query, String sql) {
        return AdoptionSql.measure(jdbc, sql, query, false);
    }
}
