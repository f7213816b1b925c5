package io.relais;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * How a person's browser sees the Relais pages: the selectors and steps shared by the browser
 * journeys and the login benchmark, so both exercise exactly the same page.
 */
public final class RelaisPages {

    /** The growth chart of the home page once ApexCharts has drawn it. */
    public static final String RENDERED_HOME_CHART = "relais-chart#headcount-chart[rendered]";

    /** How long a journey's page waits for an element on a loaded, shared machine. */
    public static final double SLOW_MACHINE_MILLIS = 60_000;

    private RelaisPages() {
    }

    /** Fills Vaadin's login form (its inputs are light-DOM children of the text fields). */
    public static void fillLogin(Page page, String username, String password) {
        Locator user = page.locator("vaadin-login-form vaadin-text-field[name='username'] input");
        user.waitFor();
        user.fill(username);
        page.locator("vaadin-login-form vaadin-password-field[name='password'] input").fill(password);
    }

    /** Submits the login form the way a person does, with the submit button. */
    public static void submitLogin(Page page) {
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    /**
     * Opens a page in the given browser profile and signs in there with the login form, waiting for
     * the main menu. The page's waits are patient: the machine running the suite is shared.
     */
    public static Page signIn(BrowserContext context, String email, String password) {
        Page page = context.newPage();
        page.setDefaultTimeout(SLOW_MACHINE_MILLIS);
        page.navigate("/login");
        fillLogin(page, email, password);
        submitLogin(page);
        page.locator("#main-navigation").waitFor();
        return page;
    }

    /**
     * Waits until Vaadin's loading bar has faded out: no server round trip in progress. (Lumo keeps
     * the idle bar displayed at opacity 0, which Playwright's "hidden" does not count as hidden.)
     */
    public static void waitForServerRoundTrips(Page page) {
        page.waitForFunction("""
                () => {
                  const bar = document.querySelector('vaadin-connection-indicator .v-loading-indicator');
                  return !bar || ((bar.getAttribute('style') || '').includes('none')
                      && getComputedStyle(bar).opacity === '0');
                }""");
    }

    /** Waits for the home page's growth chart to be drawn and returns it. */
    public static Locator waitForRenderedHomeChart(Page page) {
        Locator chart = page.locator(RENDERED_HOME_CHART);
        chart.waitFor();
        return chart;
    }
}
