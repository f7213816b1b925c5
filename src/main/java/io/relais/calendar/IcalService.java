package io.relais.calendar;

import io.relais.calendar.internal.CalendarAccess;
import io.relais.calendar.internal.CalendarEvent;
import io.relais.calendar.internal.CalendarEventRepository;
import io.relais.calendar.internal.CalendarReads;
import io.relais.calendar.internal.CalendarViewer;
import io.relais.calendar.internal.CalendarViewers;
import io.relais.calendar.internal.Calendars;
import io.relais.calendar.internal.EventCalendar;
import io.relais.calendar.internal.FeedTokens;
import io.relais.calendar.internal.IcalImporter;
import io.relais.calendar.internal.IcalWriter;
import io.relais.calendar.internal.OccurrenceState;
import io.relais.platform.NotFoundException;
import io.relais.platform.RelaisProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars in other tools: each person's secret, revocable iCalendar feed (what Google Calendar,
 * Outlook and Apple Calendar subscribe to), one event as an .ics file, and the import of an .ics
 * file into one's personal calendar. Feeds and exports go through the same visibility rules as
 * the views.
 */
@Service
@Transactional
public class IcalService {

    /** A feed covers the past year and the next two: what a subscribed calendar shows. */
    static final Duration FEED_PAST = Duration.ofDays(366);
    static final Duration FEED_FUTURE = Duration.ofDays(2 * 366);

    /** The largest .ics file an import accepts. */
    public static final int MAX_IMPORT_BYTES = IcalImporter.MAX_BYTES;

    private final FeedTokens tokens;
    private final Calendars calendars;
    private final CalendarEventRepository events;
    private final CalendarReads reads;
    private final CalendarViewers viewers;
    private final IcalWriter writer;
    private final IcalImporter importer;
    private final RelaisProperties properties;
    private final Clock clock;

    IcalService(FeedTokens tokens, Calendars calendars, CalendarEventRepository events, CalendarReads reads,
            CalendarViewers viewers, IcalWriter writer, IcalImporter importer, RelaisProperties properties, Clock clock) {
        this.tokens = tokens;
        this.calendars = calendars;
        this.events = events;
        this.reads = reads;
        this.viewers = viewers;
        this.writer = writer;
        this.importer = importer;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new secret feed address for the caller, replacing (and so revoking) any previous one. It
     * is shown once: only a hash of it is kept.
     */
    @PreAuthorize("isAuthenticated()")
    public String createFeed() {
        String token = tokens.issue(me(), clock.instant());
        return properties.publicUrl().replaceAll("/+$", "") + "/ical/" + token + ".ics";
    }

    @PreAuthorize("isAuthenticated()")
    public void revokeFeed() {
        long me = me();
        if (tokens.exists(me)) {
            tokens.revoke(me);
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasFeed() {
        return tokens.exists(me());
    }

    /**
     * The feed a token opens, for anonymous calendar clients: the owner's events, invitations and
     * absences from a year ago on, as the owner may see them. Empty for unknown or revoked tokens.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> feed(String token, IcalLabels labels) {
        return tokens.personOf(token).map(personId -> feedOf(personId, labels));
    }

    /** One event (a whole series) as an .ics file, as the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportEvent(long eventId, IcalLabels labels) {
        CalendarViewer viewer = viewers.current();
        CalendarEvent event = events.findById(eventId).orElseThrow(NotFoundException::new);
        boolean busy = !CalendarAccess.seesDetails(viewer, reads.subject(viewer, event));
        return writer.write(labels, List.of(new IcalWriter.Exported(event, busy, reads.allStates(eventId))), clock.instant());
    }

    /** Imports an .ics file into the caller's personal calendar (see {@link IcalImporter} for the limits). */
    @PreAuthorize("isAuthenticated()")
    public ImportResult importIntoMyCalendar(byte[] content) {
        CalendarViewer viewer = viewers.current();
        long me = me();
        EventCalendar mine = calendars.ofPerson(me);
        return importer.importInto(mine, me, viewers.zoneOf(viewer), content, clock.instant());
    }

    private String feedOf(long personId, IcalLabels labels) {
        CalendarViewer viewer = viewers.of(personId);
        Instant now = clock.instant();
        List<CalendarEvent> found = reads.selection(List.of(calendars.ofPerson(personId))).query(events, now.minus(FEED_PAST), now.plus(FEED_FUTURE));
        Map<Long, CalendarAccess.Subject> subjects = reads.subjects(viewer, found);
        Map<Long, List<OccurrenceState>> states = reads.allStates(found);
        List<IcalWriter.Exported> exported = new ArrayList<>(found.size());
        for (CalendarEvent event : found) {
            exported.add(new IcalWriter.Exported(event, !CalendarAccess.seesDetails(viewer, subjects.get(event.getId())),
                    states.getOrDefault(event.getId(), List.of())));
        }
        return writer.write(labels, exported, now);
    }

    private long me() {
        Long personId = viewers.current().personId();
        if (personId == null) {
            throw new io.relais.platform.UserFacingException(null, "error.no-person");
        }
        return personId;
    }
}
