package io.relais.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.ApiClient;
import io.relais.HostileStrings;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.IcalService;
import io.relais.security.ApiTokenService;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Every API endpoint and every public address receives the hostile corpus over real HTTP: never a
 * server error, refusals are translated JSON without internals, and what is accepted reads back
 * intact (a document's title trimmed, its body as sent). An event whose title tries to inject
 * iCalendar lines stays one escaped property in the feed.
 */
@RelaisSpringTest
class HostileApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CalendarService calendar;
    @Autowired
    IcalService ical;

    TestUsers users;
    TestUsers.User writer;
    ApiClient api;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        writer = users.createUser("Api", "EMPLOYEE");
        api = new ApiClient(port, users.as(writer.email(), () -> tokens.create("HostileApiTest", null).secret()));
    }

    /** A query parameter or path segment carrying the vector. */
    private static String encoded(String vector) {
        return URLEncoder.encode(vector, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Not a server error; a refusal is the API's translated JSON error, without internals. */
    private static void assertHandled(HttpResponse<String> response, String what, String vector) {
        assertThat(response.statusCode()).as("%s with %s: %s", what, HostileStrings.describe(vector), response.body())
                .isLessThan(500);
        assertThat(response.body()).as("%s leaks internals", what)
                .doesNotContain("Exception", "at io.relais", "SQLSyntax", "org.hibernate");
        if (response.statusCode() == 400 && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            JsonNode error = ApiClient.json(response);
            assertThat(error.get("message").asString()).as("translated message").isNotBlank().doesNotStartWith("!");
        }
    }

    private static String expectedTitle(String vector) {
        return vector.replaceAll("^[\\p{Z}\\t\\n\\x0B\\f\\r\\x1C-\\x1F]+|[\\p{Z}\\t\\n\\x0B\\f\\r\\x1C-\\x1F]+$", "");
    }

    @Test
    void documentsApiKeepsWhatItAcceptsAndRefusesTheRestInWords() {
        for (String vector : HostileStrings.corpus()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("kind", "ARTICLE");
            request.put("title", vector);
            request.put("body", vector);
            request.put("tags", Set.of(vector));
            HttpResponse<String> created = api.post("/api/docs", request);
            assertHandled(created, "POST /api/docs", vector);
            boolean titleKept = created.statusCode() != 400;
            if (!titleKept) {
                // the title or a tag was refused: the body alone must go through
                request.put("title", "Plain " + TestUsers.unique());
                request.put("tags", Set.of());
                created = api.post("/api/docs", request);
                assertThat(created.statusCode()).as("body %s: %s", HostileStrings.describe(vector), created.body())
                        .isEqualTo(201);
            }
            JsonNode document = ApiClient.json(created);
            long id = document.get("id").asLong();
            JsonNode read = ApiClient.json(api.get("/api/docs/" + id));
            // what UTF-8 can carry: half of a surrogate pair leaves this client as '?' (the services refuse it)
            String sent = new String(vector.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            if (titleKept) {
                assertThat(read.get("title").asString()).as("title %s", HostileStrings.describe(vector))
                        .isEqualTo(expectedTitle(sent));
            }
            assertThat(read.get("body").asString()).as("body %s", HostileStrings.describe(vector))
                    .isEqualTo(sent.replace("\u0000", ""));
            HostileStrings.assertNoActiveContent(read.get("html").asString());

            Map<String, Object> update = Map.of("version", read.get("version").asLong(), "title", "Renamed " + vector);
            assertHandled(api.put("/api/docs/" + id, update), "PUT /api/docs", vector);
            assertHandled(api.get("/api/docs/by-slug/" + encoded(vector)), "GET /api/docs/by-slug", vector);
            assertHandled(api.get("/api/docs?q=" + encoded(vector) + "&tag=" + encoded(vector)), "GET /api/docs", vector);
        }
    }

    @Test
    void searchApiPublicPagesFeedsAndAttachmentsNeverFailOnHostileAddresses() {
        ApiClient anonymous = new ApiClient(port, null);
        for (String vector : HostileStrings.corpus()) {
            String v = encoded(vector);
            assertHandled(api.get("/api/search?q=" + v + "&kind=" + v + "&client=" + v + "&project=" + v + "&sort=" + v),
                    "GET /api/search", vector);
            assertHandled(api.get("/api/docs?kind=" + v + "&space=" + v + "&page=" + v), "GET /api/docs params", vector);
            // what anybody may ask without signing in, then what a token holder may ask
            for (String path : List.of("/kb/" + v, "/kb/" + v + "/" + v, "/ical/" + v + ".ics", "/attachments/" + v)) {
                assertHandled(anonymous.get(path), "GET " + path, vector);
            }
            for (String path : List.of("/api/attachments/" + v, "/api/docs/" + v)) {
                assertHandled(api.get(path), "GET " + path + " with a token", vector);
            }
        }
    }

    @Test
    void anEventTitleCannotInjectICalendarLines() {
        String feedPath = users.as(writer.email(), () -> {
            long calendarId = calendar.personalCalendar(writer.personId()).id();
            LocalDateTime start = LocalDate.now().plusDays(2).atTime(9, 0);
            calendar.create(EventForm.timed(calendarId,
                    "Réunion\r\nATTENDEE:mailto:evil@example.org\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected",
                    start, start.plusHours(1), ZoneId.of("Europe/Paris")));
            String url = ical.createFeed();
            return url.substring(url.indexOf("/ical/"));
        });
        HttpResponse<String> feed = new ApiClient(port, null).get(feedPath);
        assertThat(feed.statusCode()).isEqualTo(200);
        String body = feed.body().replace("\r\n ", ""); // unfold long lines
        assertThat(body.lines().filter(line -> line.startsWith("BEGIN:VEVENT")).count())
                .as("one event, not two").isEqualTo(body.lines().filter(line -> line.startsWith("END:VEVENT")).count());
        assertThat(body.lines()).noneMatch(line -> line.startsWith("ATTENDEE:mailto:evil"))
                .noneMatch(line -> line.startsWith("SUMMARY:Injected"));
        assertThat(body).contains("SUMMARY:Réunion\\nATTENDEE:mailto:evil@example.org\\nEND:VEVENT");
    }
}
