package io.relais.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.platform.UserFacingException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * iCalendar in and out: the secret feed over real HTTP (anonymous, by token; revoked or unknown
 * tokens answer 404), parsed back with ical4j (VTIMEZONE, RRULE, EXDATE, RECURRENCE-ID, private
 * events as "busy" only), and imports of hostile files.
 */
@RelaisSpringTest
class IcalServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final IcalLabels LABELS = new IcalLabels("Relais", "Occupé", java.util.Map.of(
            AbsenceType.HOLIDAY, "Congés", AbsenceType.SICK, "Arrêt", AbsenceType.REMOTE, "Télétravail"));

    @LocalServerPort
    int port;

    @Autowired
    CalendarService calendar;

    @Autowired
    IcalService ical;

    @Autowired
    ApplicationContext context;

    TestUsers users;
    TestUsers.User alice;
    TestUsers.User bob;
    LocalDate monday;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        CalendarFixtures fixtures = new CalendarFixtures(context);
        alice = fixtures.person("Alice", "Tech & Data", "Europe/Paris");
        bob = fixtures.person("Bob", "Tech & Data", "Europe/Paris");
        monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private HttpResponse<String> get(String address) throws Exception {
        URI uri = URI.create(address.replaceFirst("^https?://[^/]+", "http://localhost:" + port));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theFeedRoundTripsThroughIcal4jAndDiesWithItsToken() throws Exception {
        long aliceCalendar = users.as(alice.email(), () -> calendar.personalCalendar(alice.personId()).id());
        long series = users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "Point hebdo; équipe",
                monday.atTime(9, 0), monday.atTime(9, 30), PARIS).withDescription("Ordre du jour, *court*")
                .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.MONDAY)).withCount(10))));
        Instant second = monday.plusWeeks(1).atTime(9, 0).atZone(PARIS).toInstant();
        Instant third = monday.plusWeeks(2).atTime(9, 0).atZone(PARIS).toInstant();
        Instant moved = monday.plusWeeks(2).plusDays(2).atTime(16, 0).atZone(PARIS).toInstant();
        users.as(alice.email(), () -> {
            calendar.cancelOccurrence(series, second);
            calendar.moveOccurrence(series, third, moved, moved.plus(Duration.ofMinutes(30)));
        });
        users.as(alice.email(), () -> calendar.recordAbsence(alice.personId(), AbsenceType.HOLIDAY, monday.plusDays(3),
                monday.plusDays(4), null));
        // Bob invites Alice to a private event: she sees it in full; his own private notes never reach her feed
        long bobCalendar = users.as(bob.email(), () -> calendar.personalCalendar(bob.personId()).id());
        users.as(bob.email(), () -> calendar.create(EventForm.timed(bobCalendar, "Entretien confidentiel",
                monday.atTime(11, 0), monday.atTime(12, 0), PARIS).withVisibility(EventVisibility.PRIVATE)
                .withAttendees(List.of(Attendee.person(alice.personId())))));
        users.as(bob.email(), () -> calendar.create(EventForm.timed(bobCalendar, "Secret de Bob",
                monday.atTime(14, 0), monday.atTime(15, 0), PARIS).withVisibility(EventVisibility.PRIVATE)));

        String address = users.as(alice.email(), () -> ical.createFeed());
        assertThat(address).matches("https?://.+/ical/[A-Za-z0-9_-]{43}\\.ics");
        HttpResponse<String> response = get(address);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.body()).doesNotContain("Secret de Bob");

        Calendar parsed = new CalendarBuilder().build(new StringReader(response.body()));
        parsed.validate();
        assertThat(parsed.getComponents("VTIMEZONE")).isNotEmpty();
        List<VEvent> events = parsed.getComponents("VEVENT");
        String uid = events.stream().filter(e -> summary(e).equals("Point hebdo; équipe")).findFirst()
                .orElseThrow().getProperty(Property.UID).orElseThrow().getValue();
        List<VEvent> ofSeries = events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .toList();
        assertThat(ofSeries).hasSize(2);
        VEvent master = ofSeries.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst().orElseThrow();
        assertThat(master.getProperty(Property.RRULE).orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;COUNT=10;BYDAY=MO");
        assertThat(master.getProperty(Property.DTSTART).orElseThrow().toString()).contains("TZID=Europe/Paris")
                .contains("T090000");
        assertThat(master.getProperty(Property.EXDATE).orElseThrow().getValue()).contains(
                second.atZone(PARIS).toLocalDate().toString().replace("-", "") + "T090000");
        // ical4j expands the feed's series exactly as Relais does: cancelled gone, moved one separate
        VEvent override = ofSeries.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst()
                .orElseThrow();
        assertThat(instant(override, Property.RECURRENCE_ID)).isEqualTo(third);
        assertThat(instant(override, Property.DTSTART)).isEqualTo(moved);
        assertThat(events).extracting(IcalServiceTest::summary).contains("Entretien confidentiel", "Holiday");
        VEvent holiday = events.stream().filter(e -> summary(e).equals("Holiday")).findFirst().orElseThrow();
        assertThat(holiday.getProperty(Property.DTSTART).orElseThrow().toString()).contains("VALUE=DATE");

        users.as(alice.email(), () -> ical.revokeFeed());
        assertThat(get(address).statusCode()).isEqualTo(404);
        assertThat(get("http://localhost/ical/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("http://localhost/ical/not-a-token.ics").statusCode()).isEqualTo(404);
        // a new address replaces the old one
        String first = users.as(alice.email(), () -> ical.createFeed());
        String replacement = users.as(alice.email(), () -> ical.createFeed());
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(replacement).statusCode()).isEqualTo(200);
    }

    @Test
    void anExportedPrivateEventIsBusyOnlyForOthers() throws Exception {
        long aliceCalendar = users.as(alice.email(), () -> calendar.personalCalendar(alice.personId()).id());
        long id = users.as(alice.email(), () -> calendar.create(EventForm.timed(aliceCalendar, "Rendez-vous banque",
                monday.atTime(8, 0), monday.atTime(8, 30), PARIS).withDescription("Prêt immobilier")
                .withVisibility(EventVisibility.PRIVATE)));
        String forBob = users.as(bob.email(), () -> ical.exportEvent(id, LABELS));
        assertThat(forBob).contains("SUMMARY:Occupé").doesNotContain("banque", "immobilier");
        String forAlice = users.as(alice.email(), () -> ical.exportEvent(id, LABELS));
        Calendar parsed = new CalendarBuilder().build(new StringReader(forAlice));
        assertThat(parsed.<VEvent>getComponents("VEVENT")).singleElement()
                .satisfies(e -> assertThat(summary(e)).isEqualTo("Rendez-vous banque"));
    }

    @Test
    void importKeepsTimesZonesSeriesAndExceptionsAndUpdatesOnReimport() {
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VEVENT\r
                UID:standup-42@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;TZID=America/New_York:20300107T090000\r
                DTEND;TZID=America/New_York:20300107T091500\r
                RRULE:FREQ=DAILY;COUNT=5\r
                EXDATE;TZID=America/New_York:20300108T090000\r
                SUMMARY:Stand-up <script>alert(1)</script>\r
                DESCRIPTION:Hello <script>alert('x')</script><img src=x onerror=alert(2)> **world**\r
                URL:javascript:alert(3)\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:standup-42@example.org\r
                DTSTAMP:20260101T000000Z\r
                RECURRENCE-ID;TZID=America/New_York:20300109T090000\r
                DTSTART;TZID=America/New_York:20300109T130000\r
                DTEND;TZID=America/New_York:20300109T131500\r
                SUMMARY:Stand-up (moved)\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:day-off@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20300115\r
                SUMMARY:Day off\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        ImportResult result = users.as(alice.email(), () -> ical.importIntoMyCalendar(ics.getBytes(StandardCharsets.UTF_8)));
        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        long aliceCalendar = users.as(alice.email(), () -> calendar.personalCalendar(alice.personId()).id());
        Instant from = LocalDate.of(2030, 1, 6).atStartOfDay(PARIS).toInstant();
        List<Occurrence> occurrences = users.as(alice.email(), () -> calendar.occurrences(List.of(aliceCalendar), from,
                from.plus(Duration.ofDays(14))));
        ZoneId newYork = ZoneId.of("America/New_York");
        // (Alice's calendar also shows her team's meetings: only the imported events are checked)
        assertThat(occurrences).filteredOn(o -> o.title() != null && o.title().startsWith("Stand-up"))
                .extracting(o -> o.start().atZone(newYork).toLocalDateTime())
                .containsExactly(ZonedDateTime.of(2030, 1, 7, 9, 0, 0, 0, newYork).toLocalDateTime(),
                        ZonedDateTime.of(2030, 1, 9, 13, 0, 0, 0, newYork).toLocalDateTime(),
                        ZonedDateTime.of(2030, 1, 10, 9, 0, 0, 0, newYork).toLocalDateTime(),
                        ZonedDateTime.of(2030, 1, 11, 9, 0, 0, 0, newYork).toLocalDateTime());
        assertThat(occurrences).filteredOn(o -> "Day off".equals(o.title())).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(LocalDate.of(2030, 1, 15).atStartOfDay(PARIS).toInstant());
            assertThat(o.end()).isEqualTo(LocalDate.of(2030, 1, 16).atStartOfDay(PARIS).toInstant());
        });
        EventDetails standup = users.as(alice.email(), () -> calendar.event(occurrences.stream()
                .filter(o -> o.title() != null && o.title().startsWith("Stand-up")).findFirst().orElseThrow().eventId()));
        assertThat(standup.zone()).isEqualTo(newYork);
        assertThat(standup.visibility()).isEqualTo(EventVisibility.PRIVATE);
        assertThat(standup.videoUrl()).isNull();
        assertThat(standup.descriptionHtml()).contains("<strong>world</strong>")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror");
        // others only see that Alice is busy
        assertThat(users.as(bob.email(), () -> calendar.event(standup.id())).title()).isNull();

        ImportResult again = users.as(alice.email(), () -> ical.importIntoMyCalendar(ics.getBytes(StandardCharsets.UTF_8)));
        assertThat(again).isEqualTo(new ImportResult(0, 2, 0));
    }

    @Test
    void hostileFilesAreRefusedWithAClearMessage() {
        assertRefused(new byte[IcalService.MAX_IMPORT_BYTES + 1], "calendar.import.too-large");
        assertRefused("this is not a calendar".getBytes(StandardCharsets.UTF_8), "calendar.import.malformed");
        assertRefused("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VCALENDAR\r\n"
                .getBytes(StandardCharsets.UTF_8), "calendar.import.malformed");
        StringBuilder thousands = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n");
        for (int i = 0; i < 3000; i++) {
            thousands.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nDTSTAMP:20260101T000000Z\r\n")
                    .append("DTSTART:20300101T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n");
        }
        thousands.append("END:VCALENDAR\r\n");
        assertRefused(thousands.toString().getBytes(StandardCharsets.UTF_8), "calendar.import.too-many");

        // events the engine cannot honour safely are skipped, the rest of the file is kept
        String mixed = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:x\r
                BEGIN:VEVENT\r
                UID:flood@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART:20300101T100000Z\r
                RRULE:FREQ=SECONDLY\r
                SUMMARY:Flood\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:mars@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;TZID=Mars/Olympus:20300101T100000\r
                SUMMARY:Elsewhere\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:fine@example.org\r
                DTSTAMP:20260101T000000Z\r
                DTSTART:20300102T100000Z\r
                DTEND:20300102T110000Z\r
                SUMMARY:Fine\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        assertThat(users.as(alice.email(), () -> ical.importIntoMyCalendar(mixed.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new ImportResult(1, 0, 2));
    }

    private void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> users.as(alice.email(), () -> ical.importIntoMyCalendar(content)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo(key));
    }

    private static String summary(VEvent event) {
        return event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<Temporal> date = event.<DateProperty<Temporal>>getProperty(property).orElseThrow();
        return Instant.from(date.getDate());
    }
}
