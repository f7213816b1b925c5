package io.relais.bench;

import io.relais.demo.DemoLogins;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number of people working at the same time, each in one virtual thread: they arrive spread over
 * the ramp-up, sign in with one of the demo logins (round robin, so many sessions per login), work
 * with think times, and leave after their stay (closing the tab, or for a share of them just
 * walking away and letting the session time out); then someone else takes the seat, until the
 * end. A person whose tab broke beyond a reload also leaves and is replaced.
 */
final class LoadCrowd {

    /** How long people stay and how they leave. */
    record Habits(Duration minStay, Duration maxStay, double shareClosingTab) {
        /** Everybody stays to the end and closes the tab. */
        static final Habits STAY_TO_THE_END = new Habits(Duration.ofDays(1), Duration.ofDays(1), 1.0);

        long stayNanos() {
            long min = minStay.toNanos();
            long max = maxStay.toNanos();
            return max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
        }

        boolean closesTab() {
            return ThreadLocalRandom.current().nextDouble() < shareClosingTab;
        }
    }

    private final LoadScenario.Setting setting;
    private final int seats;
    private final Duration duration;
    private final Duration rampUp;
    private final Habits habits;
    private final AtomicInteger online = new AtomicInteger();
    private ExecutorService threads;
    private long deadline;

    LoadCrowd(LoadScenario.Setting setting, int seats, Duration duration, Duration rampUp, Habits habits) {
        this.setting = setting;
        this.seats = seats;
        this.duration = duration;
        this.rampUp = rampUp;
        this.habits = habits;
    }

    /** Runs the crowd to the end. */
    void run() {
        start();
        await();
    }

    void start() {
        deadline = System.nanoTime() + duration.toNanos();
        threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int seat = 0; seat < seats; seat++) {
            int index = seat;
            long arrival = rampUp.toMillis() * seat / Math.max(1, seats);
            threads.submit(() -> occupy(index, arrival));
        }
        threads.shutdown();
    }

    void await() {
        try {
            if (!threads.awaitTermination(duration.toMinutes() + 10, TimeUnit.MINUTES)) {
                threads.shutdownNow();
                throw new IllegalStateException("simulated users still running 10 minutes after the end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** People signed in right now. */
    int online() {
        return online.get();
    }

    private void occupy(int seat, long arrivalMillis) {
        LoadScenario.sleep(arrivalMillis);
        DemoLogins.Login login = DemoLogins.ALL.get(seat % DemoLogins.ALL.size());
        while (System.nanoTime() < deadline) {
            LoadScenario person = new LoadScenario(setting, login);
            if (!person.signIn()) {
                LoadScenario.sleep(setting.think().next()); // tries again after a while, as a person would
                continue;
            }
            online.incrementAndGet();
            try {
                person.work(Math.min(deadline, System.nanoTime() + habits.stayNanos()));
            } finally {
                online.decrementAndGet();
                person.leave(habits.closesTab());
            }
        }
    }
}
