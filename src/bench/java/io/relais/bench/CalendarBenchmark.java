package io.relais.bench;

import io.relais.Application;
import io.relais.calendar.AbsenceType;
import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.IcalLabels;
import io.relais.calendar.IcalService;
import io.relais.calendar.Recurrence;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calendar read paths on three years of data: the week view of a 50-person team calendar (team
 * series, per-person recurring 1:1s, thousands of single events and absences, all on or shown by
 * the team calendar) and a member's iCalendar feed. Runs Relais in-process on a fresh embedded
 * database, seeds through the real services, then times the service calls (what a view or a
 * feed request costs on the server, HTTP aside). Targets: week view p95 < 50 ms, feed < 200 ms.
 *
 * <p>{@code -Dbench.weeks=200} week views, {@code -Dbench.feeds=30} feeds.
 */
public final class CalendarBenchmark {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int TEAM_SIZE = 50;
    private static final int SINGLES_PER_PERSON = 100;

    private CalendarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int weeks = Bench.intProperty("bench.weeks", 200);
        int feeds = Bench.intProperty("bench.feeds", 30);
        String loadBefore = Bench.loadAverage();
        Path data = Bench.freshDataFolder("calendar-data");
        SpringApplication application = new SpringApplication(Application.class);
        // command-line arguments, which win over application.properties
        try (ConfigurableApplicationContext context = application.run("--relais.data-dir=" + data.toAbsolutePath(),
                "--relais.demo=false", "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--vaadin.launch-browser=false")) {
            CalendarService calendars = context.getBean(CalendarService.class);
            IcalService ical = context.getBean(IcalService.class);
            PersonService people = context.getBean(PersonService.class);
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);

            LocalDate end = LocalDate.now();
            LocalDate start = end.minusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            long seedStarted = System.nanoTime();
            Seeded seeded = SystemTask.runAs(List.of(Roles.ADMIN, Roles.HR),
                    () -> seed(calendars, people, transaction, start, end));
            long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;

            Random random = new Random(7);
            List<Long> weekTimes = new ArrayList<>();
            int occurrencesSeen = 0;
            for (int i = 0; i < weeks + 20; i++) {
                LocalDate monday = start.plusWeeks(random.nextInt(156));
                Instant from = monday.atStartOfDay(PARIS).toInstant();
                long began = System.nanoTime();
                int count = as(seeded.viewer(), () -> calendars.occurrences(List.of(seeded.teamCalendar()), from,
                        from.plus(Duration.ofDays(7)))).size();
                long micros = (System.nanoTime() - began) / 1000;
                if (i >= 20) { // the first ones warm the JIT up
                    weekTimes.add(micros);
                    occurrencesSeen += count;
                }
            }
            String token = as(seeded.viewer(), ical::createFeed).replaceAll(".*/ical/(.+)\\.ics$", "$1");
            IcalLabels labels = new IcalLabels("Relais", "Busy", Map.of(AbsenceType.HOLIDAY, "Holiday",
                    AbsenceType.SICK, "Sick", AbsenceType.REMOTE, "Remote"));
            List<Long> feedTimes = new ArrayList<>();
            int feedBytes = 0;
            for (int i = 0; i < feeds + 5; i++) {
                long began = System.nanoTime();
                String feed = SystemTask.runAs(List.of(), () -> ical.feed(token, labels)).orElseThrow();
                long micros = (System.nanoTime() - began) / 1000;
                if (i >= 5) {
                    feedTimes.add(micros);
                    feedBytes = feed.length();
                }
            }
            report(seeded, seedMillis, weekTimes, occurrencesSeen / Math.max(1, weekTimes.size()), feedTimes, feedBytes,
                    loadBefore);
        }
    }

    record Seeded(long teamCalendar, long viewer, int series, int singles, int absences) {
    }

    private static Seeded seed(CalendarService calendars, PersonService people, TransactionTemplate transaction,
            LocalDate start, LocalDate end) {
        long team = people.createTeam("Bench " + System.nanoTime(), "50 people, three years");
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < TEAM_SIZE; i++) {
            members.add(people.create(new PersonForm("Bench" + i, "Person", "bench" + i + "." + System.nanoTime()
                    + "@bench.relais.io", null, team, null, start.minusDays(1), null, "Europe/Paris")));
        }
        long teamCalendar = calendars.teamCalendar(team).id();
        long lead = members.getFirst();
        int[] counts = new int[3];
        transaction.executeWithoutResult(status -> {
            calendars.create(EventForm.timed(teamCalendar, "Stand-up", start.atTime(9, 30), start.atTime(9, 45), PARIS)
                    .withAttendees(List.of(Attendee.team(team)))
                    .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))).plannedBy(lead, null));
            calendars.create(EventForm.timed(teamCalendar, "Team meeting", start.atTime(10, 0), start.atTime(11, 0), PARIS)
                    .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.TUESDAY))).plannedBy(lead, null));
            calendars.create(EventForm.timed(teamCalendar, "Retro", start.atTime(16, 0), start.atTime(17, 0), PARIS)
                    .withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY, 2, Set.of(DayOfWeek.THURSDAY), null, null))
                    .plannedBy(lead, null));
            calendars.create(EventForm.timed(teamCalendar, "Monthly review", start.atTime(14, 0), start.atTime(15, 30), PARIS)
                    .withRecurrence(new Recurrence(Recurrence.Frequency.MONTHLY, 1, Set.of(), null, null)).plannedBy(lead, null));
            counts[0] += 4;
        });
        Random random = new Random(42);
        for (int i = 0; i < members.size(); i++) {
            long member = members.get(i);
            int index = i;
            transaction.executeWithoutResult(status -> {
                // a weekly 1:1 with the lead, private: busy to the rest of the team
                DayOfWeek day = DayOfWeek.of(1 + index % 5);
                var first = start.with(TemporalAdjusters.nextOrSame(day)).atTime(11 + index % 6, 0);
                calendars.create(EventForm.timed(teamCalendar, "1:1 " + index, first, first.plusMinutes(30), PARIS)
                        .withVisibility(EventVisibility.PRIVATE)
                        .withAttendees(List.of(Attendee.person(member), Attendee.person(lead)))
                        .withRecurrence(Recurrence.weekly(Set.of(day))).plannedBy(lead, null));
                counts[0]++;
                for (int s = 0; s < SINGLES_PER_PERSON; s++) {
                    LocalDate date = start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay())));
                    var at = date.atTime(8 + random.nextInt(10), random.nextBoolean() ? 0 : 30);
                    calendars.create(EventForm.timed(teamCalendar, "Client meeting " + index + "-" + s, at,
                            at.plusMinutes(30 + 30L * random.nextInt(3)), PARIS).plannedBy(member, null));
                    counts[1]++;
                }
                for (int year = 0; year < 3; year++) {
                    LocalDate holiday = start.plusYears(year).plusDays(random.nextInt(330));
                    calendars.recordAbsence(member, AbsenceType.HOLIDAY, holiday, holiday.plusDays(4 + random.nextInt(10)), null);
                    LocalDate sick = start.plusYears(year).plusDays(random.nextInt(360));
                    calendars.recordAbsence(member, AbsenceType.SICK, sick, sick, null);
                    counts[2] += 2;
                }
            });
        }
        return new Seeded(teamCalendar, members.get(1), counts[0], counts[1], counts[2]);
    }

    /** Runs work as a person (the team member reading the calendar or owning the feed). */
    private static <T> T as(long personId, Supplier<T> work) {
        return SystemTask.runAsPerson(personId, "bench", work);
    }

    private static void report(Seeded seeded, long seedMillis, List<Long> weekMicros, int perWeek, List<Long> feedMicros,
            int feedBytes, String loadBefore) {
        List<String> lines = new ArrayList<>();
        lines.add("## Calendar: week view of a 50-person team and a person's iCal feed");
        lines.add("");
        lines.addAll(Bench.machine(System.getProperty("bench.command",
                "./mvnw -B -Pbench -DskipTests verify -Dbench.coldStart.skip=true -Dbench.login.skip=true"),
                loadBefore, Bench.loadAverage()));
        lines.add("- Data (seeded through the services in " + Bench.s(seedMillis) + "): one team of 50, three years: "
                + seeded.series() + " series on the team calendar (weekday stand-up, weekly meeting, fortnightly retro,"
                + " monthly review, a private weekly 1:1 per person), " + seeded.singles() + " single events, "
                + seeded.absences() + " absences");
        lines.add("");
        lines.add("| measure | runs | p50 | p95 | max | target |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(row("Week view data (`CalendarService.occurrences`, team calendar, random weeks; ~" + perWeek
                + " occurrences each)", weekMicros, "p95 < 50 ms"));
        lines.add(row("iCal feed of a team member (`IcalService.feed`, " + feedBytes / 1024 + " KiB)", feedMicros,
                "< 200 ms"));
        Bench.writeSection("calendar", String.join("\n", lines));
        System.out.println(String.join("\n", lines));
    }

    private static String row(String what, List<Long> micros, String target) {
        return "| " + what + " | " + micros.size() + " | " + ms(Bench.percentile(micros, 50)) + " | "
                + ms(Bench.percentile(micros, 95)) + " | " + ms(Bench.max(micros)) + " | " + target + " |";
    }

    private static String ms(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
