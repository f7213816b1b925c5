package io.relais.bench;

import io.relais.demo.DemoLogins;
import io.relais.platform.Roles;
import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a simulated person does in one browser tab: open the login page, sign in (home shown), then
 * until told to stop, with think times in between: search from the shell's search box (the results
 * list asks for its first rows as the browser's virtual list does), open one of the documents
 * found, upvote it, go back home, open the calendar's week (the calendar element fetches the week's
 * entries), and, for leadership, open the adoption dashboard. Each action checks that the element
 * its view shows arrived in the UI; anything else is counted as an error.
 */
final class LoadScenario {

    static final String LOGIN_PAGE = "login page";
    static final String SIGN_IN = "sign in → home";
    static final String SEARCH = "search";
    static final String OPEN_DOCUMENT = "open document";
    static final String UPVOTE = "upvote";
    static final String HOME = "home";
    static final String CALENDAR = "calendar week";
    static final String ANALYTICS = "analytics dashboard";
    static final List<String> ACTIONS = List.of(LOGIN_PAGE, SIGN_IN, SEARCH, OPEN_DOCUMENT, UPVOTE, HOME, CALENDAR,
            ANALYTICS);

    private static final Pattern DOCUMENT_LINK = Pattern.compile("^/?docs/\\d+(/|$)");
    private static final int VISIBLE_RESULTS = 20;

    /** Think times between actions, in milliseconds. */
    record Think(long minMillis, long maxMillis) {
        static Think parse(String range) {
            String[] bounds = range.strip().split("-");
            long min = Long.parseLong(bounds[0].strip());
            return new Think(min, bounds.length > 1 ? Long.parseLong(bounds[1].strip()) : min);
        }

        long next() {
            return maxMillis <= minMillis ? minMillis : ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
        }
    }

    /** What all simulated users share: the server, the figures, how they think and what they search. */
    record Setting(HttpClient http, String baseUrl, LoadStats stats, Think think, List<String> searchTerms) {
        Setting measuringInto(LoadStats other) {
            return new Setting(http, baseUrl, other, think, searchTerms);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run();
    }

    private final Setting setting;
    private final DemoLogins.Login login;
    private final UidlClient tab;
    /** Documents this person's searches found (each person only sees what they may read). */
    private final Set<String> documentsFound = new LinkedHashSet<>();

    LoadScenario(Setting setting, DemoLogins.Login login) {
        this.setting = setting;
        this.login = login;
        this.tab = new UidlClient(setting.http(), setting.baseUrl());
    }

    /** Opens the login page and signs in; false (error counted) when it failed. */
    boolean signIn() {
        return timed(LOGIN_PAGE, () -> tab.open("/login"))
                && timed(SIGN_IN, () -> {
                    tab.signIn(login.email(), DemoLogins.PASSWORD);
                    tab.ui().node("home-greeting");
                });
    }

    /**
     * Works until the deadline ({@link System#nanoTime()}); false when an action failed and the tab
     * could not be brought back by reloading the home page (the user then starts over).
     */
    boolean work(long deadlineNanos) {
        List<Step> round = roundOfWork();
        while (true) {
            for (Step step : round) {
                if (!pause(deadlineNanos)) {
                    return true;
                }
                try {
                    step.run();
                } catch (RuntimeException failed) {
                    if (!reload()) {
                        return false;
                    }
                }
            }
        }
    }

    /** Closing the tab (the unload beacon), or leaving it open for the session to time out. */
    void leave(boolean closeTab) {
        if (closeTab) {
            try {
                tab.closeTab();
            } catch (RuntimeException ignored) {
                // a tab that failed to say goodbye is reclaimed by the session time-out
            }
        }
    }

    private List<Step> roundOfWork() {
        Step search = () -> require(timed(SEARCH, this::search));
        Step document = () -> {
            // a person whose searches found no document (only people, clients…) has none to open yet
            if (!tab.ui().links(DOCUMENT_LINK).isEmpty() || !documentsFound.isEmpty()) {
                require(timed(OPEN_DOCUMENT, this::openDocument));
            }
        };
        Step upvote = () -> {
            // one's own document cannot be upvoted; after a failed opening there is nothing to upvote
            if (tab.ui().has("doc-upvote") && !tab.ui().hasAttribute("doc-upvote", "disabled")) {
                require(timed(UPVOTE, this::upvote));
            }
        };
        Step home = () -> require(timed(HOME, () -> show("", "home-greeting")));
        Step calendar = () -> require(timed(CALENDAR, this::calendarWeek));
        if (login.roles().contains(Roles.LEADERSHIP)) {
            Step analytics = () -> require(timed(ANALYTICS, () -> show("analytics", "analytics-summary")));
            return List.of(search, document, upvote, home, calendar, analytics);
        }
        return List.of(search, document, upvote, home, calendar);
    }

    /** Types a term in the shell's search box and presses Enter; the results list then asks for its rows. */
    private void search() {
        List<String> terms = setting.searchTerms();
        ObjectNode typed = UidlClient.JSON.createObjectNode();
        typed.put("event.detail", terms.get(ThreadLocalRandom.current().nextInt(terms.size())));
        tab.event(tab.ui().node("shell-search"), "custom-value-set", typed);
        tab.ui().node("search-results");
        tab.call("search-results", "setViewportRange", 0, VISIBLE_RESULTS);
        documentsFound.addAll(tab.ui().links(DOCUMENT_LINK));
    }

    /** Clicks one of the results shown, else opens a document an earlier search found (a bookmark). */
    private void openDocument() {
        List<String> shown = tab.ui().links(DOCUMENT_LINK);
        List<String> candidates = shown.isEmpty() ? List.copyOf(documentsFound) : shown;
        String link = candidates.get(ThreadLocalRandom.current().nextInt(Math.min(candidates.size(), VISIBLE_RESULTS)));
        show(link.replaceFirst("^/", ""), "doc-upvote");
    }

    /**
     * Toggles the upvote. The state shown afterwards is not checked: many tabs sign in with the same
     * demo login, and a toggle from a tab showing a stale state rightly cancels another tab's upvote.
     */
    private void upvote() {
        tab.click("doc-upvote");
        tab.ui().node("doc-upvote");
    }

    /** The calendar view, then the week's entries its element fetches from the server. */
    private void calendarWeek() {
        show("calendar", "calendar");
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        tab.call("calendar", "fetch", monday + "T00:00:00", monday.plusWeeks(1) + "T00:00:00");
    }

    private void show(String route, String expectedElementId) {
        tab.navigate(route, "");
        tab.ui().node(expectedElementId);
    }

    /** What a person does when a page misbehaves: reload it (home); false if even that fails. */
    private boolean reload() {
        try {
            tab.open("/");
            tab.ui().node("home-greeting");
            return true;
        } catch (RuntimeException failed) {
            return false;
        }
    }

    private boolean timed(String action, Step step) {
        long begin = System.nanoTime();
        try {
            step.run();
            setting.stats().record(action, System.nanoTime() - begin);
            return true;
        } catch (RuntimeException failed) {
            setting.stats().error(action, UidlClient.abbreviate(String.valueOf(failed.getMessage())));
            return false;
        }
    }

    private static void require(boolean succeeded) {
        if (!succeeded) {
            throw new UidlClient.ProtocolException("action failed");
        }
    }

    /** Thinks before the next action; false when the deadline comes first. */
    private boolean pause(long deadlineNanos) {
        long millis = setting.think().next();
        if (System.nanoTime() + millis * 1_000_000 >= deadlineNanos) {
            sleep((deadlineNanos - System.nanoTime()) / 1_000_000);
            return false;
        }
        sleep(millis);
        return true;
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
