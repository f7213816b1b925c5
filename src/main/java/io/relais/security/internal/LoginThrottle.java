package io.relais.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failures within a window, an account name (and,
 * with a higher limit, a client address) is refused without checking the password until the
 * window has passed. Kept in memory per node: see ADR 0004 for running several nodes.
 */
@Component
public class LoginThrottle {

    /** Upper bound on tracked keys, so a flood of random usernames cannot exhaust memory. */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(Clock clock,
            @Value("${relais.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${relais.login.max-failures-per-address:30}") int maxPerAddress,
            @Value("${relais.login.failure-window:PT15M}") Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    public boolean isBlocked(String username, String address) {
        return recentFailures(accountKey(username)) >= maxPerAccount
                || recentFailures(addressKey(address)) >= maxPerAddress;
    }

    public void recordFailure(String username, String address) {
        if (failures.size() >= MAX_KEYS) {
            forgetExpired();
        }
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                while (times.size() > Math.max(maxPerAccount, maxPerAddress)) {
                    times.removeFirst();
                }
            }
        }
    }

    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    @Scheduled(fixedDelayString = "PT1M")
    void forgetExpired() {
        Instant cutoff = clock.instant().minus(window);
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().removeIf(time -> time.isBefore(cutoff));
                return entry.getValue().isEmpty();
            }
        });
    }

    private int recentFailures(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(window);
        synchronized (times) {
            return (int) times.stream().filter(time -> !time.isBefore(cutoff)).count();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
