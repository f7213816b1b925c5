package io.relais;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium (Debian's {@code chromium}, installed by {@code .ci/run}) driven by
 * Playwright for Java. Playwright's own browser download cannot work here, so it is switched off
 * and the executable is given explicitly; the Node.js driver comes from Playwright's
 * {@code driver-bundle} artifact (Maven Central). Used by the browser journeys and the benchmarks.
 *
 * <p>The executable can be overridden with {@code -Drelais.chromium=/path/to/chromium}.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of(System.getProperty("relais.chromium", "/usr/bin/chromium"));

    /** Where screenshots of the journeys are kept. */
    public static final Path SCREENSHOTS = Path.of("target", "playwright");

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--headless");

    private final Playwright playwright;
    private final Browser browser;

    /** Generous for a loaded 2-core CI machine; every wait returns as soon as its condition holds. */
    public static final double TIMEOUT_MILLIS = 20_000;

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
    }

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static HeadlessChromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("No Chromium at " + EXECUTABLE + ": install Debian's chromium "
                    + "(see .ci/run) or skip browser tests with -Dsurefire.excludedGroups=browser");
        }
        // Read by Playwright from this map (or the process environment), not from system properties.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile (no cookies, so no session) for one visitor. */
    public BrowserContext newContext(String baseUrl, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale(locale)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        return context;
    }

    /** Saves a full-page screenshot as {@code target/playwright/<name>.png} and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
