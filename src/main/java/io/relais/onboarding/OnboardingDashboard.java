package io.relais.onboarding;

import io.relais.onboarding.internal.DashboardQueries;
import io.relais.platform.Csv;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR dashboard: every checklist with its progress, overdue items and exercises stuck in
 * review, filtered and exported; and aggregates (durations per template, completions over time)
 * that leadership may see too, since they name nobody.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingDashboard {

    /** Most months the completion chart goes back. */
    public static final int MAX_MONTHS = 36;

    private final DashboardQueries queries;
    private final Clock clock;

    OnboardingDashboard(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('HR')")
    public List<OnboardingSummary> page(OnboardingFilter filter, int offset, int limit) {
        return queries.page(filter, LocalDate.now(clock), Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    @PreAuthorize("hasRole('HR')")
    public long count(OnboardingFilter filter) {
        return queries.count(filter, LocalDate.now(clock));
    }

    /**
     * The filtered list as CSV, safe to open in a spreadsheet; {@code header} and {@code labels}
     * (purpose names) in the reader's language.
     */
    @PreAuthorize("hasRole('HR')")
    public byte[] exportCsv(OnboardingFilter filter, List<String> header, Function<Purpose, String> labels) {
        LocalDate today = LocalDate.now(clock);
        List<OnboardingSummary> rows = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<OnboardingSummary> page = queries.page(filter, today, offset, 500);
            rows.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        return Csv.write(header, rows, row -> List.of(row.personName(), labels.apply(row.purpose()),
                nullToEmpty(row.teamName()), row.templateName() + " v" + row.templateVersion(),
                nullToEmpty(row.buddyName()), row.startDate().toString(), String.valueOf(row.percentDone()),
                String.valueOf(row.overdueCount()), String.valueOf(row.inReviewCount()),
                row.completedAt() == null ? "" : row.completedAt().toString()));
    }

    /** {@code running}, {@code overdue} (items) and {@code stuck} (exercises in review too long). */
    @PreAuthorize("hasAnyRole('HR', 'LEADERSHIP')")
    public Map<String, Long> figures() {
        return queries.figures(LocalDate.now(clock));
    }

    @PreAuthorize("hasAnyRole('HR', 'LEADERSHIP')")
    public List<TemplateDuration> durations() {
        return queries.durations();
    }

    @PreAuthorize("hasAnyRole('HR', 'LEADERSHIP')")
    public List<CompletionMonth> completionHistory(int months) {
        return queries.history(YearMonth.now(clock), Math.clamp(months, 1, MAX_MONTHS));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
