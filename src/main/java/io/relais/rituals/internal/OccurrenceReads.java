package io.relais.rituals.internal;

import io.relais.calendar.CalendarService;
import io.relais.calendar.OccurrenceRecord;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.RitualOccurrence;
import io.relais.rituals.RitualSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads the calendar occurrences behind ritual meetings (one query set per ritual, whatever the
 * number of meetings) and evaluates their outcomes. Runs as HR: the rituals module has already
 * decided who may see what.
 */
@Component
public class OccurrenceReads {

    private final CalendarService calendar;
    private final RitualRepository rituals;
    private final Clock clock;

    OccurrenceReads(CalendarService calendar, RitualRepository rituals, Clock clock) {
        this.calendar = calendar;
        this.rituals = rituals;
        this.clock = clock;
    }

    public List<RitualOccurrence> outcomes(List<RitualMeeting> meetings) {
        Map<Long, RitualSettings> settings = rituals.findAll().stream().map(Ritual::settings)
                .collect(Collectors.toMap(RitualSettings::id, s -> s));
        Map<Long, List<RitualMeeting>> byRitual = meetings.stream()
                .collect(Collectors.groupingBy(RitualMeeting::getRitualId));
        Instant now = clock.instant();
        List<RitualOccurrence> result = new ArrayList<>(meetings.size());
        byRitual.forEach((ritualId, ofRitual) -> {
            RitualSettings ritual = settings.get(ritualId);
            Map<String, OccurrenceRecord> records = records(ritual, ofRitual);
            for (RitualMeeting meeting : ofRitual) {
                result.add(OutcomeRules.evaluate(ritual, meeting, records.get(key(meeting.getEventId(), meeting.getStartsAt())), now));
            }
        });
        result.sort(Comparator.comparing(RitualOccurrence::date).thenComparing(RitualOccurrence::meetingId));
        return result;
    }

    private Map<String, OccurrenceRecord> records(RitualSettings ritual, List<RitualMeeting> meetings) {
        Instant from = meetings.stream().map(RitualMeeting::getStartsAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = meetings.stream().map(RitualMeeting::getStartsAt).max(Comparator.naturalOrder()).orElseThrow()
                .plusMillis(1);
        List<OccurrenceRecord> found = SystemTask.runAs(List.of(Roles.HR),
                () -> calendar.occurrencesFromSource(RitualEvents.source(ritual), from, to));
        Map<String, OccurrenceRecord> byKey = new HashMap<>();
        found.forEach(record -> byKey.put(key(record.eventId(), record.originalStart()), record));
        return byKey;
    }

    private static String key(Long eventId, Instant originalStart) {
        return eventId + "@" + originalStart;
    }
}
