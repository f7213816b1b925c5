package io.relais.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's client-server protocol over plain HTTP, as Flow's own
 * client does (Flow.js + FlowClient.js of Vaadin 25): the page's HTML, the {@code ?v-r=init}
 * bootstrap that creates the UI (ui id, {@code Vaadin-Security-Key}, sync and client ids), then
 * UIDL POSTs ({@code ?v-r=uidl&v-uiId=…}) carrying {@code csrfToken}, {@code rpc}, {@code syncId}
 * and {@code clientId}, and finally the unload beacon of a closed tab.
 *
 * <p>Push: Relais runs {@code @Push} with Vaadin's default transport, WEBSOCKET_XHR
 * ({@code alwaysXhrToServer}: every client-to-server message is an XHR UIDL POST; the websocket only
 * carries server-initiated updates). This client does not open the websocket: whatever a
 * background thread changes in the UI stays queued in it and travels in the next UIDL response,
 * as with a browser whose websocket is blocked. The response times measured are therefore those
 * of the XHR round trips, which is what a user waits for after clicking.
 *
 * <p>Cookies (session and XSRF) are kept per tab by hand so that one {@link HttpClient} with its
 * connection pool serves every simulated user. Not thread-safe: one virtual user drives one tab.
 */
final class UidlClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1900&v-bh=960&v-bw=1900"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FParis&v-td=false&v-pr=1&v-np=Linux";

    /** An answer that a browser would show as an error (HTTP status, Vaadin error, missing element). */
    static final class ProtocolException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProtocolException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final UiState ui = new UiState();
    private String formCsrf = "";
    private int uiId = -1;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int promises;

    UidlClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** Shared by all tabs: its own connection pool to the one server, redirects followed by hand (cookies). */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    UiState ui() {
        return ui;
    }

    boolean hasUi() {
        return uiId >= 0;
    }

    /**
     * Loads a page as the address bar does: its HTML (following redirects), then the UI's
     * bootstrap and the router's first navigation. Returns the path finally shown.
     */
    String open(String path) {
        closeTab(); // leaving the page shown: the browser's unload beacon
        String shown = getHtml(path);
        String route = shown.startsWith("/") ? shown.substring(1) : shown;
        int question = route.indexOf('?');
        String location = question < 0 ? route : route.substring(0, question);
        String query = question < 0 ? "" : route.substring(question + 1);
        init(location, query);
        navigate(location, query);
        return shown;
    }

    /** Spring Security's form login, posted as the login form does (with the page's CSRF token). */
    String signIn(String username, String password) {
        closeTab(); // submitting the form leaves the login page
        String token = cookies.getOrDefault("XSRF-TOKEN", formCsrf); // what the page's formdata listener sends
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new ProtocolException("sign-in refused: HTTP " + response.statusCode() + " → " + location);
        }
        return open(pathOf(location));
    }

    /** A click on a router link or {@code ui.navigate}: the {@code ui-navigate} event on the UI's body. */
    void navigate(String route, String query) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        event(UiState.ROOT_NODE, "ui-navigate", data);
    }

    /** A DOM event the server listens to on that node, with the event data it asked for. */
    void event(int node, String type, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", type);
        rpc.set("data", data);
        send(rpc);
    }

    /** A click on the element with that id, with neutral mouse data for what the listener declared. */
    void click(String elementId) {
        int node = ui.node(elementId);
        ObjectNode data = JSON.createObjectNode();
        for (String expression : ui.eventData(node, "click")) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, expression.endsWith("detail") ? 1 : 0);
            }
        }
        event(node, "click", data);
    }

    /** {@code element.$server.method(args)}: a {@code @ClientCallable} call, as web components make. */
    void call(String elementId, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", ui.node(elementId));
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(List.of(args)));
        rpc.put("promise", promises++);
        send(rpc);
    }

    /**
     * Closing the tab or leaving the page: the beacon Flow's client sends on {@code beforeunload},
     * which makes the server close the UI at once (the HTTP session stays until it times out).
     */
    void closeTab() {
        if (!hasUi()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        body.putArray("rpc");
        body.put("UNLOAD", true);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        requireOk(response, "unload beacon");
        uiId = -1;
        ui.clear();
    }

    private String getHtml(String path) {
        String current = path;
        for (int redirects = 0; redirects < 5; redirects++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(current)).GET());
            if (response.statusCode() / 100 == 3) {
                current = pathOf(response.headers().firstValue("Location").orElseThrow());
                continue;
            }
            requireOk(response, "GET " + current);
            Matcher csrf = CSRF_META.matcher(response.body());
            formCsrf = csrf.find() ? csrf.group(1) : "";
            return current;
        }
        throw new ProtocolException("too many redirects from " + path);
    }

    private void init(String location, String query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + encode(location)
                + "&query=" + encode(query) + BROWSER_DETAILS + "&v-curdate=" + System.currentTimeMillis())).GET());
        requireOk(response, "v-r=init");
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        if (!config.has("uidl")) {
            throw new ProtocolException("v-r=init without a UIDL: " + abbreviate(response.body()));
        }
        uiId = config.path("v-uiId").asInt();
        ui.clear();
        apply(config.path("uidl"));
        securityKey = config.path("uidl").path("Vaadin-Security-Key").asString();
        clientId = 0;
    }

    private void send(ObjectNode rpc) {
        if (!hasUi()) {
            throw new ProtocolException("no UI open");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode calls = body.putArray("rpc");
        calls.add(rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        requireOk(response, rpc.path("type").asString() + " " + rpc.path("event").asString(""));
        String text = response.body();
        String json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        JsonNode message = JSON.readTree(json);
        apply(message.isArray() ? message.path(0) : message);
    }

    private void apply(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("resynchronize")) {
            throw new ProtocolException("Vaadin answered " + abbreviate(meta.isMissingNode() ? uidl.toString() : meta.toString()));
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        ui.apply(uidl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response.headers());
            return response;
        } catch (IOException e) {
            throw new ProtocolException("I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolException("interrupted");
        }
    }

    private void remember(HttpHeaders headers) {
        for (String header : headers.allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static void requireOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new ProtocolException(what + ": HTTP " + response.statusCode());
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + (path.startsWith("/") ? path : "/" + path));
    }

    private String pathOf(String location) {
        return location.startsWith(baseUrl) ? location.substring(baseUrl.length())
                : location.startsWith("http") ? URI.create(location).getRawPath() : location;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
