package io.relais.docs;

import io.relais.docs.internal.InsightRepository;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.platform.OffsetPage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading rankings per space or company-wide, over the documents the caller may read only,
 * computed by the database a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class DocumentInsights {

    /** The periods offered, in days. */
    public static final Set<Integer> PERIODS = Set.of(30, 90, 365);

    private final InsightRepository insights;
    private final Viewers viewers;
    private final Clock clock;

    DocumentInsights(InsightRepository insights, Viewers viewers, Clock clock) {
        this.insights = insights;
        this.viewers = viewers;
        this.clock = clock;
    }

    /**
     * A page of a ranking over the last {@code days} days (one of {@link #PERIODS}).
     *
     * @param spaceId a space, or {@code null} for the whole company
     */
    @PreAuthorize("isAuthenticated()")
    public List<DocumentPopularity> ranking(ReadingRanking ranking, Long spaceId, int days, int offset, int limit) {
        if (!PERIODS.contains(days)) {
            throw new IllegalArgumentException("Unsupported period: " + days + " days");
        }
        Viewer viewer = viewers.current();
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(days - 1L);
        OffsetPage page = OffsetPage.of(offset, limit, Sort.unsorted());
        long me = viewer.personId();
        return switch (ranking) {
            case MOST_READ -> insights.mostRead(me, viewer.admin(), viewer.memberSpaces(), spaceId, since, page);
            case LEAST_READ -> insights.leastRead(me, viewer.admin(), viewer.memberSpaces(), spaceId, since,
                    since.atStartOfDay(clock.getZone()).toInstant(), page);
            case MOST_UPVOTED -> insights.mostUpvoted(me, viewer.admin(), viewer.memberSpaces(), spaceId, since, page);
            case POPULAR_BUT_STALE -> insights.popularButStale(me, viewer.admin(), viewer.memberSpaces(), spaceId,
                    since, today, ReadingRanking.popularThreshold(days), page);
        };
    }
}
