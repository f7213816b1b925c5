package io.relais.analytics;

import io.relais.analytics.internal.Heatmaps;
import io.relais.analytics.internal.ReportBuilder;
import io.relais.analytics.internal.Rollups;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.Roles;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Async-adoption figures. Leadership and administrators see the whole company and every team; a
 * team lead (who manages members of their own team) sees their team only; nobody else sees any.
 * Every method checks the group asked for, so a team lead cannot read another team by asking
 * for its id. No figure is ever about one person: groups below the minimum size show nothing.
 *
 * <p>Reports first bring the daily roll-up up to date (its own transactions), then read in one
 * read-only transaction, so the rolled days and the live ones are split consistently.
 */
@Service
public class AdoptionService {

    /** Days passed since the last roll that a reader rolls itself; more are left to the background job. */
    private static final int READER_ROLLS_AT_MOST = 7;

    /** The most items a drill-down lists. */
    public static final int DRILL_LIMIT = 200;

    private final ReportBuilder reports;
    private final Rollups rollups;
    private final Heatmaps heatmaps;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final AnalyticsProperties properties;
    /** A thread per core for the parts of a dashboard; the caller computes one part itself. */
    private final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("adoption-", 0).daemon(true).factory());

    AdoptionService(ReportBuilder reports, Rollups rollups, Heatmaps heatmaps, PersonService people, CurrentUser currentUser,
            AnalyticsProperties properties) {
        this.reports = reports;
        this.rollups = rollups;
        this.heatmaps = heatmaps;
        this.people = people;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    /** What the signed-in person may see. */
    @PreAuthorize("isAuthenticated()")
    public AdoptionAccess access() {
        List<TeamSummary> teams = people.teams();
        if (currentUser.hasRole(Roles.LEADERSHIP) || currentUser.hasRole(Roles.ADMIN)) {
            return new AdoptionAccess(true, teams);
        }
        Long personId = currentUser.require().personId();
        if (personId == null) {
            return new AdoptionAccess(false, List.of());
        }
        Set<Long> led = new HashSet<>(people.teamsLedBy(personId));
        return new AdoptionAccess(false, teams.stream().filter(team -> led.contains(team.id())).toList());
    }

    /**
     * The dashboard's figures for a request: its report, the one of the range compared with
     * ({@code null} for none), the teams side by side and the heatmap. The roll-up is brought up
     * to date once, then the four are computed side by side, each in its own read-only
     * transaction (each consistent in itself, as when asked one by one).
     */
    @PreAuthorize("isAuthenticated()")
    public AdoptionDashboard dashboard(ReportRequest request, ReportRequest compared) {
        AdoptionAccess access = access();
        if (!access.maySee(request.teamId()) || compared != null && !access.maySee(compared.teamId())) {
            throw new AccessDeniedException("Adoption figures of this group are not visible to this account");
        }
        rollups.catchUp(READER_ROLLS_AT_MOST);
        Executor sideBySide = new DelegatingSecurityContextExecutor(pool, SecurityContextHolder.getContext());
        CompletableFuture<AdoptionReport> before = compared == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> reports.report(compared), sideBySide);
        CompletableFuture<TeamComparison> teams = CompletableFuture.supplyAsync(
                () -> reports.compareTeams(request, access.teams()), sideBySide);
        CompletableFuture<ActivityHeatmap> heatmap = CompletableFuture.supplyAsync(() -> heatmaps.of(request), sideBySide);
        AdoptionReport report = reports.report(request);
        return new AdoptionDashboard(report, join(before), join(teams), join(heatmap));
    }

    /** The value, or the failure as the caller would have had it (a translated refusal stays one). */
    private static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @PreAuthorize("isAuthenticated()")
    public AdoptionReport report(ReportRequest request) {
        requireAccess(request.teamId());
        rollups.catchUp(READER_ROLLS_AT_MOST);
        return reports.report(request);
    }

    /** The teams the caller may see, side by side (the request's team is ignored). */
    @PreAuthorize("isAuthenticated()")
    public TeamComparison compareTeams(ReportRequest request) {
        AdoptionAccess access = access();
        if (!access.any()) {
            throw new AccessDeniedException("No adoption figures for this account");
        }
        rollups.catchUp(READER_ROLLS_AT_MOST);
        return reports.compareTeams(request, access.teams());
    }

    @PreAuthorize("isAuthenticated()")
    public ActivityHeatmap heatmap(ReportRequest request) {
        requireAccess(request.teamId());
        rollups.catchUp(READER_ROLLS_AT_MOST);
        return heatmaps.of(request);
    }

    /** The documents, meetings or searches behind one figure of one period (at most {@link #DRILL_LIMIT}). */
    @PreAuthorize("isAuthenticated()")
    public List<DrillItem> drill(ReportRequest request, Metric metric, LocalDate periodStart) {
        requireAccess(request.teamId());
        if (!metric.perGroup() && request.teamId() != null) {
            return List.of();
        }
        return reports.drill(request, metric, periodStart, DRILL_LIMIT);
    }

    /**
     * The signed-in person's own last week and this week so far; empty for technical accounts.
     * Always about the caller (no person is asked for), so nobody reads another's figures.
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<MyAsyncWeek> myWeek() {
        return currentUser.get().map(principal -> principal.personId()).map(reports::personal);
    }

    /** The metrics some feature measures today (the others show "no data yet"). */
    @PreAuthorize("isAuthenticated()")
    public Set<Metric> measuredMetrics() {
        return reports.measured();
    }

    /** The index weights in force (from {@code relais.analytics.weights.*}). */
    @PreAuthorize("isAuthenticated()")
    public AnalyticsProperties settings() {
        return properties;
    }

    private void requireAccess(Long teamId) {
        if (!access().maySee(teamId)) {
            throw new AccessDeniedException("Adoption figures of this group are not visible to this account");
        }
    }
}
