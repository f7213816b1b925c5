package io.relais.docs.internal;

import io.relais.analytics.AdoptionChanges;
import io.relais.docs.DailyViews;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts views into daily aggregates. The person's first view of the day is the {@code INSERT
 * IGNORE} into {@code document_viewer_day} that inserts a row; the day's counters grow with
 * {@code ON DUPLICATE KEY UPDATE}. Both are single atomic statements, so concurrent views of the
 * same document (even by the same person) are counted exactly, without reading first. The day is
 * the server's; where the company's day has already turned, adoption analytics hears of a change
 * to a day it may have rolled up (a no-op otherwise).
 */
@Component
public class ViewCounter {

    private final JdbcClient jdbc;
    private final AdoptionChanges adoption;

    ViewCounter(JdbcClient jdbc, AdoptionChanges adoption) {
        this.jdbc = jdbc;
        this.adoption = adoption;
    }

    /**
     * Counts one view on a day, by a person or, for {@code null}, an anonymous visitor of a public
     * page (who counts in views only). Answers whether it was the person's first view that day.
     */
    public boolean count(long documentId, Long personId, LocalDate day) {
        int firstToday = personId == null ? 0 : jdbc.sql("""
                insert ignore into document_viewer_day (document_id, person_id, day) values (?, ?, ?)""")
                .params(documentId, personId, Date.valueOf(day)).update();
        jdbc.sql("""
                insert into document_view_day (document_id, day, views, unique_viewers) values (?, ?, 1, ?)
                on duplicate key update views = views + 1, unique_viewers = unique_viewers + values(unique_viewers)""")
                .params(documentId, Date.valueOf(day), firstToday).update();
        adoption.changed(day);
        return firstToday == 1;
    }

    /** Views by anonymous visitors of the public pages: in the total only, never as readers. */
    public void countAnonymous(long documentId, LocalDate day, long views) {
        jdbc.sql("""
                insert into document_view_day (document_id, day, views, unique_viewers) values (?, ?, ?, 0)
                on duplicate key update views = views + values(views)""")
                .params(documentId, Date.valueOf(day), views).update();
        adoption.changed(day);
    }

    /** Every view ever counted. */
    public long totalViews(long documentId) {
        return jdbc.sql("select coalesce(sum(views), 0) from document_view_day where document_id = ?")
                .param(documentId).query(Long.class).single();
    }

    /** How many different people ever opened it. */
    public long distinctReaders(long documentId) {
        return jdbc.sql("select count(distinct person_id) from document_viewer_day where document_id = ?")
                .param(documentId).query(Long.class).single();
    }

    /** One entry per day from {@code from} to {@code to} (inclusive), days without views as zero. */
    public List<DailyViews> daily(long documentId, LocalDate from, LocalDate to) {
        Map<LocalDate, DailyViews> counted = new HashMap<>();
        jdbc.sql("select day, views, unique_viewers from document_view_day where document_id = ? and day between ? and ?")
                .params(documentId, Date.valueOf(from), Date.valueOf(to))
                .query((row, n) -> new DailyViews(row.getDate(1).toLocalDate(), row.getInt(2), row.getInt(3)))
                .list().forEach(day -> counted.put(day.day(), day));
        return from.datesUntil(to.plusDays(1))
                .map(day -> counted.getOrDefault(day, new DailyViews(day, 0, 0))).toList();
    }
}
