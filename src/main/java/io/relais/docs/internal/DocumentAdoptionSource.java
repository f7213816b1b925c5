package io.relais.docs.internal;

import io.relais.analytics.AdoptionQuery;
import io.relais.analytics.AdoptionSource;
import io.relais.analytics.DrillItem;
import io.relais.analytics.GroupedMeasures;
import io.relais.analytics.Metric;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentPaths;
import io.relais.docs.KindFields;
import io.relais.platform.OffsetPage;
import io.relais.platform.db.TimeBuckets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What documents tell adoption analytics: writing, minutes, decisions and knowledge-base health. */
@Component
@Transactional(readOnly = true)
class DocumentAdoptionSource implements AdoptionSource {

    private static final Set<Metric> METRICS = Set.of(Metric.DOCUMENTS_WRITTEN, Metric.CONTRIBUTORS,
            Metric.MINUTES_ON_TIME, Metric.MINUTES_WITH_DECISION, Metric.DECISIONS_LOGGED,
            Metric.DECISION_DAYS_TO_ACCEPT, Metric.ARTICLES_CREATED, Metric.ARTICLES_UPDATED, Metric.DOCUMENT_VIEWS,
            Metric.UPVOTES, Metric.PAST_REVIEW_DATE, Metric.POPULAR_BUT_STALE);

    private static final Set<Metric> ROLLED_UP = Set.of(Metric.DOCUMENTS_WRITTEN, Metric.CONTRIBUTORS, Metric.ARTICLES_CREATED,
            Metric.ARTICLES_UPDATED, Metric.DOCUMENT_VIEWS, Metric.UPVOTES, Metric.DECISIONS_LOGGED, Metric.MINUTES_ON_TIME,
            Metric.MINUTES_WITH_DECISION);

    /** A superseded decision was accepted before it was replaced. */
    private static final List<KindFields.DecisionStatus> ACCEPTED = List.of(KindFields.DecisionStatus.ACCEPTED,
            KindFields.DecisionStatus.SUPERSEDED);

    private final DocumentAdoptionQueries queries;
    private final DocumentDrillRepository drills;
    private final Viewers viewers;

    DocumentAdoptionSource(DocumentAdoptionQueries queries, DocumentDrillRepository drills, Viewers viewers) {
        this.queries = queries;
        this.drills = drills;
        this.viewers = viewers;
    }

    @Override
    public Set<Metric> metrics() {
        return METRICS;
    }

    /**
     * Saves (and who saved), views and upvotes count on their own day; minutes and decisions also on their
     * meeting and creation days, which {@link DocumentAdoptionDays} reports when they change, as
     * {@link Upvotes} does for a withdrawn upvote and {@link ViewCounter} for a view on a day the
     * company has left.
     */
    @Override
    public Set<Metric> rolledUp() {
        return ROLLED_UP;
    }

    @Override
    public GroupedMeasures measureGroups(Metric metric, AdoptionQuery query) {
        return switch (metric) {
            case DOCUMENTS_WRITTEN -> queries.saves(query);
            case CONTRIBUTORS -> queries.contributors(query);
            case MINUTES_ON_TIME -> queries.minutesOnTime(query);
            case MINUTES_WITH_DECISION -> queries.minutesWithDecision(query);
            case DECISIONS_LOGGED -> queries.decisionsLogged(query);
            case DECISION_DAYS_TO_ACCEPT -> queries.daysToAccept(query);
            case ARTICLES_CREATED -> queries.articleSaves(query, true);
            case ARTICLES_UPDATED -> queries.articleSaves(query, false);
            case DOCUMENT_VIEWS -> queries.views(query);
            case UPVOTES -> queries.upvotes(query);
            case PAST_REVIEW_DATE -> queries.pastReviewDate(query);
            case POPULAR_BUT_STALE -> queries.popularButStale(query);
            default -> throw new IllegalArgumentException("Not a document metric: " + metric);
        };
    }

    @Override
    public List<DrillItem> drill(Metric metric, AdoptionQuery query, int limit) {
        Viewer viewer = viewers.current();
        long me = viewer.personId();
        boolean admin = viewer.admin();
        List<Long> spaces = viewer.memberSpaces();
        boolean everybody = query.wholeCompany();
        Collection<Long> people = everybody ? List.of(-1L) : query.personIds();
        TimeBuckets buckets = query.buckets();
        Instant from = buckets.startInstant(0);
        Instant to = buckets.endInstant(0);
        LocalDate fromDay = buckets.start(0);
        LocalDate toDay = buckets.end(0);
        ZoneId zone = buckets.zone();
        Pageable page = OffsetPage.of(0, limit, Sort.unsorted());
        return switch (metric) {
            case DOCUMENTS_WRITTEN, CONTRIBUTORS -> counted(drills.saved(me, admin, spaces, everybody, people, from, to,
                    null, null, page));
            case ARTICLES_CREATED, ARTICLES_UPDATED -> counted(drills.saved(me, admin, spaces, everybody, people, from, to,
                    DocumentKind.ARTICLE, metric == Metric.ARTICLES_CREATED, page));
            case DECISIONS_LOGGED -> plain(drills.created(me, admin, spaces, everybody, people, from, to,
                    DocumentKind.DECISION, page));
            case MINUTES_WITH_DECISION -> plain(drills.created(me, admin, spaces, everybody, people, from, to,
                    DocumentKind.MINUTES, page));
            case MINUTES_ON_TIME -> daysSince(drills.minutesOfMeetings(me, admin, spaces, everybody, people, fromDay, toDay,
                    page), zone, true);
            case DECISION_DAYS_TO_ACCEPT -> daysSince(drills.decided(me, admin, spaces, everybody, people, fromDay, toDay,
                    ACCEPTED, page), zone, false);
            case DOCUMENT_VIEWS -> counted(drills.read(me, admin, spaces, everybody, people, fromDay, toDay, null, page));
            case POPULAR_BUT_STALE -> counted(drills.read(me, admin, spaces, everybody, people, fromDay, toDay, toDay, page));
            case UPVOTES -> counted(drills.upvoted(me, admin, spaces, everybody, people, from, to, page));
            case PAST_REVIEW_DATE -> overdue(drills.pastReview(me, admin, spaces, everybody, people, toDay, page), toDay);
            default -> List.of();
        };
    }

    private static DrillItem item(Object[] row, Long figure) {
        return new DrillItem((String) row[2], (Instant) row[4], DocumentPaths.of((Long) row[0], (String) row[1]),
                "docs.kind." + row[3], figure);
    }

    private static List<DrillItem> counted(List<Object[]> rows) {
        return rows.stream().map(row -> item(row, ((Number) row[5]).longValue())).toList();
    }

    private static List<DrillItem> plain(List<Object[]> rows) {
        return rows.stream().map(row -> item(row, null)).toList();
    }

    /** Days between the row's date (meeting, decision) and its creation: after it, or from it. */
    private static List<DrillItem> daysSince(List<Object[]> rows, ZoneId zone, boolean writtenAfterDate) {
        List<DrillItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            LocalDate created = ((Instant) row[4]).atZone(zone).toLocalDate();
            LocalDate date = (LocalDate) row[5];
            items.add(item(row, writtenAfterDate ? ChronoUnit.DAYS.between(date, created) : ChronoUnit.DAYS.between(created, date)));
        }
        return items;
    }

    private static List<DrillItem> overdue(List<Object[]> rows, LocalDate asOf) {
        return rows.stream().map(row -> item(row, ChronoUnit.DAYS.between((LocalDate) row[5], asOf))).toList();
    }
}
