package io.relais.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The load benchmark's options ({@code -Dbench.load.*}, blank = default). The defaults are the
 * issue's measurement and take about 22 minutes: 50, 200 and 500 people for 2 minutes each, 200
 * sessions for the heap, a 10-minute soak, and the wait for the last sessions to time out.
 */
record LoadParameters(List<Integer> levels, int levelSeconds, LoadScenario.Think think, int heapSessions,
        int soakMinutes, int soakSeats, LoadCrowd.Habits soakHabits, int soakSampleSeconds, int sessionTimeoutSeconds,
        List<String> searchTerms) {

    private static final String DEFAULT_USERS = "50,200,500";
    private static final int DEFAULT_LEVEL_SECONDS = 120;
    private static final int DEFAULT_HEAP_SESSIONS = 200;
    private static final int DEFAULT_SOAK_MINUTES = 10;

    static LoadParameters fromSystemProperties() {
        String[] stay = Bench.property("bench.load.soakStaySeconds", "60-180").split("-");
        return new LoadParameters(
                integers(Bench.property("bench.load.users", DEFAULT_USERS)),
                Bench.intProperty("bench.load.levelSeconds", DEFAULT_LEVEL_SECONDS),
                LoadScenario.Think.parse(Bench.property("bench.load.think", "3000-10000")),
                Bench.intProperty("bench.load.heapSessions", DEFAULT_HEAP_SESSIONS),
                Bench.intProperty("bench.load.soakMinutes", DEFAULT_SOAK_MINUTES),
                Bench.intProperty("bench.load.soakUsers", 50),
                new LoadCrowd.Habits(Duration.ofSeconds(Long.parseLong(stay[0].strip())),
                        Duration.ofSeconds(Long.parseLong(stay[stay.length - 1].strip())), 0.5),
                Bench.intProperty("bench.load.soakSampleSeconds", 30),
                Bench.intProperty("bench.load.sessionTimeoutSeconds", 120),
                Arrays.stream(Bench.property("bench.load.terms", "client,site,projet,réunion,campagne").split(","))
                        .map(String::strip).filter(term -> !term.isEmpty()).toList());
    }

    /** Whether the levels and durations are the issue's (else the report says it was a short run). */
    boolean issueMeasurement() {
        return levels.equals(integers(DEFAULT_USERS)) && levelSeconds == DEFAULT_LEVEL_SECONDS
                && heapSessions == DEFAULT_HEAP_SESSIONS && soakMinutes == DEFAULT_SOAK_MINUTES;
    }

    String describe() {
        return String.format("levels %s users × %d s, think %d–%d ms, %d sessions for the heap, soak %d min with %d "
                + "seats (stays %d–%d s, half close the tab, sample every %d s), session time-out %d s, search terms %s",
                levels, levelSeconds, think.minMillis(), think.maxMillis(), heapSessions, soakMinutes, soakSeats,
                soakHabits.minStay().toSeconds(), soakHabits.maxStay().toSeconds(), soakSampleSeconds,
                sessionTimeoutSeconds, searchTerms);
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }
}
