package io.relais.calendar.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.EventVisibility;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * An event or a series. Start and end are instants; the zone is where it was planned, so a
 * series expands in local time there. {@code seriesEndAt} is the end of the last occurrence
 * ({@code null} for a series without end), kept up to date so range queries need no expansion.
 */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long calendarId;
    private String uid;
    private String title;
    private String description;
    private Instant startAt;
    private Instant endAt;
    private String timeZone;
    private boolean allDay;
    private String location;
    private String videoUrl;
    private long organiserId;

    @Enumerated(EnumType.STRING)
    private EventVisibility visibility;

    @Enumerated(EnumType.STRING)
    private AbsenceType absenceType;

    private String rrule;
    private Instant seriesEndAt;
    private String source;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected CalendarEvent() {
    }

    CalendarEvent(long calendarId, String uid, long organiserId, String source, Instant now) {
        this.calendarId = calendarId;
        this.uid = uid;
        this.organiserId = organiserId;
        this.source = source;
        this.createdAt = now;
    }

    /** Replaces what the event is; the caller has validated the values. */
    void define(EventValues values, Instant now) {
        this.title = values.title();
        this.description = values.description();
        this.startAt = values.start();
        this.endAt = values.end();
        this.timeZone = values.zone().getId();
        this.allDay = values.allDay();
        this.location = values.location();
        this.videoUrl = values.videoUrl();
        this.visibility = values.visibility();
        this.absenceType = values.absenceType();
        this.rrule = values.rrule();
        this.seriesEndAt = values.seriesEnd();
        this.updatedAt = now;
    }

    void moveTo(long newCalendarId) {
        this.calendarId = newCalendarId;
    }

    void organisedBy(long personId) {
        this.organiserId = personId;
    }

    public EventValues values() {
        return new EventValues(title, description, startAt, endAt, zone(), allDay, location, videoUrl, visibility,
                absenceType, rrule, seriesEndAt);
    }

    public Long getId() {
        return id;
    }

    public long getCalendarId() {
        return calendarId;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isAllDay() {
        return allDay;
    }

    public String getLocation() {
        return location;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public EventVisibility getVisibility() {
        return visibility;
    }

    public AbsenceType getAbsenceType() {
        return absenceType;
    }

    public boolean isAbsence() {
        return absenceType != null;
    }

    public String getRrule() {
        return rrule;
    }

    public boolean isRecurring() {
        return rrule != null;
    }

    public Instant getSeriesEndAt() {
        return seriesEndAt;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public Duration duration() {
        return Duration.between(startAt, endAt);
    }
}
