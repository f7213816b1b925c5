package io.relais.calendar.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.IcalLabels;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes events as an RFC 5545 calendar that Google Calendar, Outlook and Apple Calendar read: a
 * VTIMEZONE for every zone used, timed events in their own zone (TZID), all-day events as dates,
 * series as RRULE with EXDATE for cancelled occurrences and an extra VEVENT with RECURRENCE-ID
 * for each moved one. An event whose details the reader may not see is written as "busy" only.
 */
@Component
public class IcalWriter {

    /** One event to write, with what the reader may see of it. */
    public record Exported(CalendarEvent event, boolean busyOnly, List<OccurrenceState> states) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    public String write(IcalLabels labels, List<Exported> exported, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Relais//Calendrier//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", labels.calendarName()));
        // subscribers refresh hourly (Outlook and Apple read this; Google decides on its own)
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        Set<ZoneId> zones = new LinkedHashSet<>();
        List<VEvent> events = new ArrayList<>();
        for (Exported item : exported) {
            CalendarEvent event = item.event();
            if (!event.isAllDay() && vtimezone(event.zone()) != null) {
                zones.add(event.zone());
            }
            events.add(master(item, labels, now));
            if (event.isRecurring()) {
                for (OccurrenceState state : item.states()) {
                    if (state.isMoved()) {
                        events.add(moved(item, state, labels, now));
                    }
                }
            }
        }
        for (ZoneId zone : zones) {
            calendar.add(vtimezone(zone).getVTimeZone());
        }
        events.forEach(calendar::add);
        return calendar.toString();
    }

    private VEvent master(Exported item, IcalLabels labels, Instant now) {
        CalendarEvent event = item.event();
        VEvent vevent = base(item, labels, now);
        vevent.add(start(event, event.getStartAt()));
        vevent.add(end(event, event.getEndAt()));
        if (event.isRecurring()) {
            vevent.add(new RRule<>(event.getRrule()));
            List<Instant> cancelled = item.states().stream().filter(OccurrenceState::isCancelled)
                    .map(OccurrenceState::getOriginalStart).toList();
            if (!cancelled.isEmpty()) {
                vevent.add(exdate(event, cancelled));
            }
        }
        return vevent;
    }

    private VEvent moved(Exported item, OccurrenceState state, IcalLabels labels, Instant now) {
        CalendarEvent event = item.event();
        VEvent vevent = base(item, labels, now);
        vevent.add(event.isAllDay() ? new RecurrenceId<>(date(event, state.getOriginalStart()))
                : timed(event.zone(), state.getOriginalStart(), RecurrenceId::new, RecurrenceId::new));
        vevent.add(start(event, state.getMovedStart()));
        vevent.add(end(event, state.getMovedEnd()));
        return vevent;
    }

    private static VEvent base(Exported item, IcalLabels labels, Instant now) {
        CalendarEvent event = item.event();
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.getUid()));
        vevent.add(new DtStamp(now));
        vevent.add(new LastModified(event.getUpdatedAt()));
        if (item.busyOnly()) {
            vevent.add(new Summary(labels.busy()));
            vevent.add(ImmutableClazz.PRIVATE);
            return vevent;
        }
        boolean untitledAbsence = event.isAbsence() && event.getTitle().equals(event.getAbsenceType().name());
        vevent.add(new Summary(untitledAbsence ? labels.absences().get(event.getAbsenceType()) : event.getTitle()));
        if (event.getDescription() != null) {
            vevent.add(new Description(event.getDescription()));
        }
        if (event.getLocation() != null) {
            vevent.add(new Location(event.getLocation()));
        }
        if (event.getVideoUrl() != null) {
            vevent.add(new Url(java.net.URI.create(event.getVideoUrl())));
        }
        if (event.getVisibility() == EventVisibility.PRIVATE) {
            vevent.add(ImmutableClazz.PRIVATE);
        } else if (event.getVisibility() == EventVisibility.TEAM) {
            vevent.add(new Clazz("CONFIDENTIAL"));
        }
        if (event.getAbsenceType() == AbsenceType.REMOTE || (event.isAllDay() && !event.isAbsence())) {
            vevent.add(ImmutableTransp.TRANSPARENT);
        } else {
            vevent.add(new Transp("OPAQUE"));
        }
        return vevent;
    }

    private DtStart<?> start(CalendarEvent event, Instant instant) {
        return event.isAllDay() ? new DtStart<>(date(event, instant))
                : timed(event.zone(), instant, DtStart::new, DtStart::new);
    }

    private DtEnd<?> end(CalendarEvent event, Instant instant) {
        return event.isAllDay() ? new DtEnd<>(date(event, instant))
                : timed(event.zone(), instant, DtEnd::new, DtEnd::new);
    }

    /** In the event's zone when ical4j knows its VTIMEZONE, else in UTC (always valid). */
    private <P> P timed(ZoneId zone, Instant instant, java.util.function.Function<ZonedDateTime, P> zoned,
            java.util.function.Function<java.time.OffsetDateTime, P> utc) {
        return vtimezone(zone) != null ? zoned.apply(instant.atZone(zone)) : utc.apply(instant.atOffset(ZoneOffset.UTC));
    }

    private ExDate<?> exdate(CalendarEvent event, List<Instant> cancelled) {
        if (event.isAllDay()) {
            String dates = String.join(",", cancelled.stream().map(i -> date(event, i))
                    .map(d -> d.format(DateTimeFormatter.BASIC_ISO_DATE)).toList());
            return new ExDate<>(new ParameterList(List.of(Value.DATE)), dates);
        }
        if (vtimezone(event.zone()) == null) {
            return new ExDate<>(String.join(",", cancelled.stream()
                    .map(i -> i.atOffset(ZoneOffset.UTC).format(LOCAL) + "Z").toList()));
        }
        String local = String.join(",", cancelled.stream().map(i -> i.atZone(event.zone()).format(LOCAL)).toList());
        return new ExDate<>(new ParameterList(List.of(new TzId(event.zone().getId()))), local);
    }

    private static LocalDate date(CalendarEvent event, Instant instant) {
        return instant.atZone(event.zone()).toLocalDate();
    }

    private TimeZone vtimezone(ZoneId zone) {
        return registry.getTimeZone(zone.getId());
    }
}
