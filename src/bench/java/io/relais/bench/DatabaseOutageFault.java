package io.relais.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.relais.HeadlessChromium;
import io.relais.RelaisPages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Issue 8, "Faults": the database goes away for 30 s while a person writes. The program starts
 * the production jar, signs a person in with headless Chromium, has them write a document, then
 * stops the embedded mariadbd (SIGTERM: a database restart as an operator or a crash-looping
 * container does it) and, during the outage: the person clicks Save, another page is opened, and
 * the API is called. It checks that each gets the translated "database unavailable" message
 * within seconds, and that what the person typed is still in the editor. After 30 s it starts
 * mariadbd again with the same command line and checks that Relais recovers without a restart:
 * the same Save now stores the document, with its text, and pages and the API answer again.
 * Writes its section of {@code docs/faults.md}; exits with status 1 if a check failed.
 */
public final class DatabaseOutageFault {

    private static final Path REPORT = Path.of("docs", "faults.md");
    private static final Path WORK = Bench.WORK.resolve("faults");
    private static final int OUTAGE_SECONDS = Bench.intProperty("faults.outage.seconds", 30);
    private static final String MESSAGE_FR = "Relais ne joint pas sa base de données";
    /** After a save the editor shows the document: any address but the new-article editor's. */
    private static final Pattern SAVED_DOCUMENT = Pattern.compile(".*/docs/(?!new/).+");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        DatabaseOutageFault drill = new DatabaseOutageFault();
        String loadBefore = Bench.loadAverage();
        drill.run();
        drill.report(loadBefore, Bench.loadAverage());
        System.exit(drill.failures.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        Launch launch = Launch.preferred();
        Path data = Bench.freshDataFolder("faults/outage-data");
        Process restarted = null;
        try (RelaisProcess relais = RelaisProcess.start(launch, data, WORK.resolve("outage.log"), List.of());
                HeadlessChromium chromium = HeadlessChromium.launch()) {
            relais.awaitHttp200("/actuator/health/readiness");
            String token;
            try (Connection database = FaultDrill.database(relais)) {
                token = FaultDrill.grantToken(database);
            }
            BrowserContext context = chromium.newContext(relais.baseUrl(), "fr-FR");
            Page writer = context.newPage();
            signIn(writer, "lucas.bernard@canopee.fr");
            writer.navigate("/docs/new/article");
            String title = "Écrit pendant la panne " + System.currentTimeMillis();
            String body = "## Ce que j'écrivais\n\nLa base de données s'est arrêtée pendant que j'écrivais ce texte ; "
                    + "il ne doit pas se perdre.";
            writer.locator("#doc-title-field input").fill(title);
            writer.locator("#doc-body-field textarea").fill(body);
            FaultDrill.pause(1_000); // the text area sends its value after 400 ms without typing
            RelaisPages.waitForServerRoundTrips(writer);

            ProcessHandle mariadb = relais.mariadb().orElseThrow(() -> new IllegalStateException("no embedded mariadbd"));
            List<String> command = commandLine(mariadb);
            long outageBegan = System.nanoTime();
            mariadb.destroy(); // SIGTERM: mariadbd shuts down and stops listening
            mariadb.onExit().get(60, TimeUnit.SECONDS);
            lines.add("- mariadbd stopped (SIGTERM) in " + millisSince(outageBegan) + " ms; kept away for "
                    + OUTAGE_SECONDS + " s");

            long clicked = System.nanoTime();
            writer.locator("#doc-save").click();
            Locator message = writer.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(MESSAGE_FR));
            message.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
            long messageMillis = millisSince(clicked);
            HeadlessChromium.screenshot(writer, "faults-outage-save");
            String keptTitle = writer.locator("#doc-title-field input").inputValue();
            String keptBody = writer.locator("#doc-body-field textarea").inputValue();
            check(keptTitle.equals(title) && keptBody.equals(body), "Save during the outage: the message \""
                    + message.first().textContent().strip() + "\" after " + messageMillis + " ms; the title and text "
                    + "typed are still in the editor");

            Page reader = context.newPage();
            long opened = System.nanoTime();
            reader.navigate("/docs");
            Locator page = reader.locator("#database-unavailable");
            boolean pageShown = waitFor(page);
            HeadlessChromium.screenshot(reader, "faults-outage-page");
            check(pageShown && page.textContent().contains(MESSAGE_FR), "Opening *Documents* during the outage: the "
                    + "translated \"database unavailable\" page after " + millisSince(opened) + " ms");

            long called = System.nanoTime();
            HttpResponse<String> api = api(relais, token);
            check(api.statusCode() == 503 && api.body().contains("database"), "API during the outage: HTTP "
                    + api.statusCode() + " after " + millisSince(called) + " ms, `" + abbreviate(api.body()) + "`");

            long remaining = TimeUnit.SECONDS.toNanos(OUTAGE_SECONDS) - (System.nanoTime() - outageBegan);
            FaultDrill.pause(Math.max(0, remaining / 1_000_000));
            restarted = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("outage-mariadb.log").toFile()).start();
            long port = relais.embeddedDatabasePort().orElseThrow();
            awaitPort((int) port);
            long back = System.nanoTime();
            lines.add("- mariadbd started again with the same command line after " + millisSince(outageBegan) / 1000
                    + " s away; listening " + millisSince(back) + " ms later");

            long saved = saveAgain(writer);
            check(saved >= 0, "Save again once the database is back (same editor, no reload, Relais not restarted): "
                    + (saved >= 0 ? "stored, " + saved + " ms after the database was back" : "NOT stored within 60 s"));
            try (Connection database = FaultDrill.database(relais);
                    PreparedStatement query = database.prepareStatement("select body from document where title = ?")) {
                query.setString(1, title);
                try (ResultSet row = query.executeQuery()) {
                    boolean stored = row.next() && row.getString(1).strip().equals(body.strip());
                    boolean once = !row.next();
                    check(stored && once, "The document is in MariaDB once, with the text typed during the outage");
                }
            }
            reader.navigate("/docs");
            check(waitFor(reader.locator("vaadin-grid")), "*Documents* opens again");
            HttpResponse<String> apiBack = api(relais, token);
            check(apiBack.statusCode() == 200, "API again: HTTP " + apiBack.statusCode());
        } finally {
            if (restarted != null) {
                restarted.destroy(); // SIGTERM; Relais, stopped first, no longer owns it
                if (!restarted.waitFor(60, TimeUnit.SECONDS)) {
                    restarted.destroyForcibly();
                }
            }
        }
    }

    private static void signIn(Page page, String login) {
        page.navigate("/login");
        RelaisPages.fillLogin(page, login, "relais-demo");
        RelaisPages.submitLogin(page);
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Clicks Save until the editor moves to the saved document; milliseconds it took, or -1. */
    private static long saveAgain(Page writer) {
        long began = System.nanoTime();
        while (millisSince(began) < 60_000) {
            try {
                writer.locator("#doc-save:not([disabled])").click(new Locator.ClickOptions().setTimeout(10_000));
                writer.waitForURL(SAVED_DOCUMENT, new Page.WaitForURLOptions().setTimeout(10_000));
                return millisSince(began);
            } catch (PlaywrightException notYet) {
                FaultDrill.pause(1_000);
            }
        }
        return -1;
    }

    private static boolean waitFor(Locator locator) {
        try {
            locator.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(60_000));
            return true;
        } catch (PlaywrightException e) {
            return false;
        }
    }

    private static HttpResponse<String> api(RelaisProcess relais, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(relais.baseUrl() + "/api/docs?size=1"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "fr")
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> commandLine(ProcessHandle process) {
        List<String> command = new ArrayList<>();
        command.add(process.info().command().orElseThrow());
        command.addAll(List.of(process.info().arguments().orElseThrow()));
        return command;
    }

    private static void awaitPort(int port) {
        long began = System.nanoTime();
        while (millisSince(began) < 120_000) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                FaultDrill.pause(100);
            }
        }
        throw new IllegalStateException("mariadbd did not listen again on " + port);
    }

    private void check(boolean passed, String what) {
        lines.add("- " + (passed ? "" : "**FAILED:** ") + what);
        if (!passed) {
            failures.add(what);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private void report(String loadBefore, String loadAfter) {
        List<String> section = new ArrayList<>();
        section.add("## The database away for " + OUTAGE_SECONDS + " s while people work");
        section.add("");
        section.addAll(Bench.machine("./mvnw -B -Pproduction,faults -DskipTests verify", loadBefore, loadAfter));
        section.add("- Program: `DatabaseOutageFault`: the production jar on a fresh data folder (demo organisation), "
                + "Lucas Bernard signed in with headless Chromium (French), writing a new article when mariadbd stops; "
                + "screenshots `target/playwright/faults-outage-*.png`");
        section.add("");
        section.addAll(lines);
        section.add("");
        section.add(failures.isEmpty() ? "- **Result: every check passed.**"
                : "- **Result: " + failures.size() + " check(s) FAILED.**");
        Bench.writeSection(REPORT, "database-outage", String.join("\n", section));
    }
}
