package io.relais.bench;

import io.relais.Application;
import io.relais.analytics.AdoptionService;
import io.relais.analytics.Granularity;
import io.relais.analytics.ReportRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The async-adoption dashboard's data on the demo organisation (50 people, three years of
 * documents, meetings, views and activity): Relais runs in-process on a fresh embedded database
 * with the demo, then the service calls are timed as leadership (what the dashboard costs on the
 * server, rendering aside): the full dashboard of the last 12 months by month (report, comparison
 * with the previous 12 months, teams side by side, heatmap) and three years by week.
 *
 * <p>{@code -Dbench.adoption.runs=20}.
 */
public final class AdoptionBenchmark {

    private AdoptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Bench.intProperty("bench.adoption.runs", 20);
        if (runs <= 0) {
            throw new IllegalArgumentException("bench.adoption.runs must be positive");
        }
        String loadBefore = Bench.loadAverage();
        Path data = Bench.freshDataFolder("adoption-data");
        SpringApplication application = new SpringApplication(Application.class);
        try (ConfigurableApplicationContext context = application.run("--relais.data-dir=" + data.toAbsolutePath(),
                "--relais.demo=true", "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--vaadin.launch-browser=false")) {
            AdoptionService adoption = context.getBean(AdoptionService.class);
            UserDetails leadership = context.getBean(UserDetailsService.class).loadUserByUsername("claire.fontaine@canopee.fr");
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    leadership, null, leadership.getAuthorities()));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String rows = jdbc.queryForObject("select count(*) from activity", Long.class) + " activity rows, "
                    + jdbc.queryForObject("select count(*) from document_revision", Long.class) + " document saves, "
                    + jdbc.queryForObject("select count(*) from calendar_event where absence_type is null", Long.class)
                    + " events and series";

            LocalDate today = LocalDate.now();
            ReportRequest year = new ReportRequest(null, Granularity.MONTH, today.minusMonths(11).withDayOfMonth(1), today);
            ReportRequest before = new ReportRequest(null, Granularity.MONTH, today.minusMonths(23).withDayOfMonth(1),
                    today.minusMonths(12));
            ReportRequest threeYears = new ReportRequest(null, Granularity.WEEK, today.minusYears(3), today);
            List<Long> dashboard = time(runs, () -> {
                adoption.report(year);
                adoption.report(before);
                adoption.compareTeams(year);
                return adoption.heatmap(year);
            });
            List<Long> weekly = time(runs, () -> adoption.report(threeYears));
            List<Long> teams = time(runs, () -> adoption.compareTeams(year));
            List<Long> heatmap = time(runs, () -> adoption.heatmap(threeYears));
            report(rows, dashboard, weekly, teams, heatmap, loadBefore);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<Long> time(int runs, Supplier<?> work) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs + 3; i++) {
            long began = System.nanoTime();
            work.get();
            if (i >= 3) { // the first ones warm the JIT and the database's caches up
                micros.add((System.nanoTime() - began) / 1000);
            }
        }
        return micros;
    }

    private static void report(String rows, List<Long> dashboard, List<Long> weekly, List<Long> teams,
            List<Long> heatmap, String loadBefore) {
        List<String> lines = new ArrayList<>();
        lines.add("## Async adoption: the dashboard's data on the demo organisation");
        lines.add("");
        lines.addAll(Bench.machine(System.getProperty("bench.command",
                "./mvnw -B -Pbench -DskipTests verify -Dbench.coldStart.skip=true -Dbench.login.skip=true"
                        + " -Dbench.search.skip=true -Dbench.trio.skip=true -Dbench.calendar.skip=true"
                        + " -Dbench.clientPage.skip=true -Dbench.kb.skip=true"),
                loadBefore, Bench.loadAverage()));
        lines.add("- Data: the demo organisation (50 people, 6 teams, three years): " + rows);
        lines.add("");
        lines.add("| measure (`AdoptionService`, as leadership) | runs | p50 | p95 | max |");
        lines.add("|---|---|---|---|---|");
        lines.add(row("Full dashboard, 12 months by month (report, previous 12 months, teams, heatmap)", dashboard));
        lines.add(row("Company report, three years by week (157 periods, every metric)", weekly));
        lines.add(row("Teams side by side, 12 months", teams));
        lines.add(row("Activity heatmap, three years", heatmap));
        lines.add("");
        lines.add("Issue 7's target (500 people, ~5 million activity rows, full dashboard for a year under 300 ms p95)"
                + " is not measured here: this run uses the demo's size.");
        Bench.writeSection("adoption", String.join("\n", lines));
        System.out.println(String.join("\n", lines));
    }

    private static String row(String what, List<Long> micros) {
        return "| " + what + " | " + micros.size() + " | " + ms(Bench.percentile(micros, 50)) + " | "
                + ms(Bench.percentile(micros, 95)) + " | " + ms(Bench.max(micros)) + " |";
    }

    private static String ms(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
