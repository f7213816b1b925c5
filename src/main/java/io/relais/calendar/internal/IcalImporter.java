package io.relais.calendar.internal;

import io.relais.calendar.CalendarEventChanged;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.ImportResult;
import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an .ics file into a personal calendar, treating it as hostile: a size limit before
 * parsing, an event-count limit, a clear error (with the line) for a malformed file, texts cut to
 * our limits, only http(s) links kept, no sub-daily rules (a FREQ=SECONDLY series is a denial of
 * service, not a meeting). Descriptions stay text: they are rendered through the Markdown
 * sanitizer like every description, so a script in them never runs. Imported events are private
 * (they come from elsewhere; the owner may share them). Importing the same file again updates the
 * events with the same UID instead of duplicating them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class IcalImporter {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_EVENTS = 1000;
    static final String SOURCE = "import";
    private static final Pattern SAFE_UID = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Set<Frequency> FREQUENCIES = Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY,
            Frequency.YEARLY);

    private final CalendarEventRepository events;
    private final EventWriter writer;
    private final ApplicationEventPublisher publisher;

    IcalImporter(CalendarEventRepository events, EventWriter writer, ApplicationEventPublisher publisher) {
        this.events = events;
        this.writer = writer;
        this.publisher = publisher;
    }

    public ImportResult importInto(EventCalendar calendar, long ownerId, ZoneId ownerZone, byte[] content, Instant now) {
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("file", "calendar.import.too-large", MAX_BYTES / 1024);
        }
        Calendar parsed = parse(content);
        List<VEvent> vevents = parsed.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        if (vevents.size() > MAX_EVENTS) {
            throw new UserFacingException("file", "calendar.import.too-many", MAX_EVENTS);
        }
        Map<String, VEvent> masters = new LinkedHashMap<>();
        List<VEvent> overrides = new ArrayList<>();
        int skipped = 0;
        for (VEvent vevent : vevents) {
            if (vevent.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.add(vevent);
            } else if (masters.putIfAbsent(uid(vevent), vevent) != null) {
                skipped++;
            }
        }
        int created = 0;
        int updated = 0;
        Map<String, CalendarEvent> stored = new LinkedHashMap<>();
        for (Map.Entry<String, VEvent> master : masters.entrySet()) {
            Optional<EventValues> values = values(master.getValue(), ownerZone);
            if (values.isEmpty()) {
                skipped++;
                continue;
            }
            Optional<CalendarEvent> existing = events.findByCalendarIdAndUid(calendar.getId(), master.getKey());
            CalendarEvent event;
            if (existing.isPresent()) {
                event = existing.get();
                writer.update(event, calendar.getId(), values.get(), List.of(), Set.of(), now);
                publisher.publishEvent(new CalendarEventChanged(event.getId(), CalendarEventChanged.Type.UPDATED));
                updated++;
            } else {
                event = writer.create(calendar.getId(), master.getKey(), ownerId, SOURCE, values.get(), List.of(),
                        Set.of(), now);
                publisher.publishEvent(new CalendarEventChanged(event.getId(), CalendarEventChanged.Type.CREATED));
                created++;
            }
            stored.put(master.getKey(), event);
            skipped += cancelExcluded(master.getValue(), event, ownerZone, now);
        }
        for (VEvent override : overrides) {
            CalendarEvent event = stored.get(uid(override));
            if (event == null || !applyOverride(override, event, ownerZone, now)) {
                skipped++;
            }
        }
        return new ImportResult(created, updated, skipped);
    }

    private static Calendar parse(byte[] content) {
        try {
            return new CalendarBuilder().build(new StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (ParserException e) {
            throw new UserFacingException("file", "calendar.import.malformed", e.getLineNo());
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("file", "calendar.import.malformed", 0);
        }
    }

    private static Optional<EventValues> values(VEvent vevent, ZoneId ownerZone) {
        try {
            Optional<DateProperty<Temporal>> dtStart = vevent.getProperty(Property.DTSTART);
            if (dtStart.isEmpty()) {
                return Optional.empty();
            }
            Temporal startValue = dtStart.get().getDate();
            boolean allDay = startValue instanceof LocalDate;
            ZoneId zone = zoneOf(dtStart.get(), ownerZone);
            Instant start = instant(startValue, zone);
            Instant end = end(vevent, startValue, allDay, zone);
            if (!end.isAfter(start)) {
                end = start.plus(allDay ? Duration.ofDays(1) : Duration.ofMinutes(30));
            }
            String rule = rule(vevent, Duration.between(start, end));
            String title = text(vevent, Property.SUMMARY, EventForms.TITLE_MAX);
            EventValues values = new EventValues(title == null ? "—" : title,
                    text(vevent, Property.DESCRIPTION, EventForms.DESCRIPTION_MAX),
                    start, end, zone, allDay, text(vevent, Property.LOCATION, EventForms.LOCATION_MAX),
                    safeUrl(text(vevent, Property.URL, EventForms.URL_MAX)), EventVisibility.PRIVATE, null, rule, null);
            return Optional.of(EventForms.withSeriesEnd(values));
        } catch (RuntimeException e) {
            // unknown zone, unreadable date, rule ical4j rejects: this event is skipped, not the file
            return Optional.empty();
        }
    }

    private static Instant end(VEvent vevent, Temporal startValue, boolean allDay, ZoneId zone) {
        Optional<DateProperty<Temporal>> dtEnd = vevent.getProperty(Property.DTEND);
        if (dtEnd.isPresent()) {
            return instant(dtEnd.get().getDate(), zoneOf(dtEnd.get(), zone));
        }
        Optional<net.fortuna.ical4j.model.property.Duration> duration = vevent.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            TemporalAmount amount = duration.get().getDuration();
            return instant(startValue.plus(amount), zone);
        }
        // RFC 5545: a date lasts the day, a date-time without end or duration is an instant;
        // an instant cannot be shown on a calendar, so it gets half an hour (see values())
        return instant(startValue, zone).plus(allDay ? Duration.ofDays(1) : Duration.ZERO);
    }

    private static String rule(VEvent vevent, Duration duration) {
        Optional<RRule<Temporal>> rrule = vevent.getProperty(Property.RRULE);
        if (rrule.isEmpty()) {
            return null;
        }
        String value = rrule.get().getValue();
        Recur<Temporal> recur = new Recur<>(value);
        if (value.length() > 500 || !FREQUENCIES.contains(recur.getFrequency())
                || duration.compareTo(Recurrences.LONGEST_OCCURRENCE) > 0) {
            throw new IllegalArgumentException("Unsupported rule " + value);
        }
        return value;
    }

    private int cancelExcluded(VEvent vevent, CalendarEvent event, ZoneId ownerZone, Instant now) {
        int skipped = 0;
        if (!event.isRecurring()) {
            return 0;
        }
        for (Object property : vevent.getProperties(Property.EXDATE)) {
            try {
                DateListProperty<Temporal> exdate = (DateListProperty<Temporal>) property;
                ZoneId zone = exdate.getParameter(net.fortuna.ical4j.model.Parameter.TZID)
                        .map(p -> zoneOrDefault(p.getValue(), event.zone())).orElse(event.zone());
                for (Temporal date : exdate.getDates()) {
                    Instant planned = instant(date, zone);
                    if (Recurrences.isPlanned(event.values(), planned)) {
                        writer.cancelOccurrence(event, planned, now);
                    }
                }
            } catch (RuntimeException e) {
                skipped++;
            }
        }
        return skipped;
    }

    private boolean applyOverride(VEvent override, CalendarEvent event, ZoneId ownerZone, Instant now) {
        try {
            DateProperty<Temporal> recurrenceId = override.<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID)
                    .orElseThrow();
            Instant planned = instant(recurrenceId.getDate(), zoneOf(recurrenceId, event.zone()));
            Optional<EventValues> values = values(override, ownerZone);
            if (values.isEmpty() || !Recurrences.isPlanned(event.values(), planned)) {
                return false;
            }
            writer.moveOccurrence(event, planned, values.get().start(), values.get().end(), now);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static ZoneId zoneOf(DateProperty<?> property, ZoneId fallback) {
        return property.getParameter(net.fortuna.ical4j.model.Parameter.TZID)
                .map(tzid -> zoneOrDefault(((TzId) tzid).getValue(), fallback)).orElse(fallback);
    }

    /** A TZID naming a real zone is kept; a made-up or Windows name falls back (times stay exact). */
    private static ZoneId zoneOrDefault(String tzid, ZoneId fallback) {
        try {
            return ZoneId.of(tzid);
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }

    private static Instant instant(Temporal value, ZoneId zone) {
        return switch (value) {
            case LocalDate date -> date.atStartOfDay(zone).toInstant();
            case LocalDateTime floating -> floating.atZone(zone).toInstant();
            case ZonedDateTime zoned -> zoned.toInstant();
            default -> Instant.from(value);
        };
    }

    private static String text(VEvent vevent, String name, int max) {
        return vevent.getProperty(name).map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() > max ? s.substring(0, max) : s).orElse(null);
    }

    private static String safeUrl(String url) {
        try {
            return EventForms.safeUrl(url);
        } catch (UserFacingException e) {
            return null;
        }
    }

    private static String uid(VEvent vevent) {
        String uid = vevent.getProperty(Property.UID).map(Property::getValue).orElse(null);
        if (uid != null && SAFE_UID.matcher(uid).matches()) {
            return uid;
        }
        // no UID, or one our ASCII column cannot hold: a stable stand-in, so re-imports still match
        String basis = uid != null ? uid : vevent.toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "import-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
