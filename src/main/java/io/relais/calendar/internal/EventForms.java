package io.relais.calendar.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Checks what people (or features) submit and turns it into storable values, refusing bad input
 * with a translated message naming the field: lengths, a zone that exists, an end after the
 * start, a video link with a safe scheme only, a recurrence the engine accepts.
 */
public final class EventForms {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int LOCATION_MAX = 300;
    public static final int URL_MAX = 500;
    private static final Duration LONGEST_EVENT = Duration.ofDays(366);
    private static final int MAX_COUNT = 1000;

    private EventForms() {
    }

    public static EventValues values(EventForm form, AbsenceType absenceType) {
        String title = required(form.title(), "title", TITLE_MAX);
        String description = optional(form.description(), "description", DESCRIPTION_MAX);
        String location = optional(form.location(), "location", LOCATION_MAX);
        String videoUrl = safeUrl(form.videoUrl());
        if (form.zone() == null) {
            throw new UserFacingException("zone", "calendar.error.zone");
        }
        ZoneId zone = form.zone();
        if (form.start() == null || form.end() == null) {
            throw new UserFacingException("start", "calendar.error.times");
        }
        LocalDateTime startLocal = form.allDay() ? form.start().toLocalDate().atStartOfDay() : form.start();
        LocalDateTime endLocal = form.allDay() ? form.end().toLocalDate().atStartOfDay() : form.end();
        Instant start = startLocal.atZone(zone).toInstant();
        Instant end = endLocal.atZone(zone).toInstant();
        if (!end.isAfter(start)) {
            throw new UserFacingException("end", "calendar.error.end-before-start");
        }
        Duration duration = Duration.between(start, end);
        if (duration.compareTo(LONGEST_EVENT) > 0) {
            throw new UserFacingException("end", "calendar.error.too-long");
        }
        String rule = null;
        if (form.recurrence() != null) {
            if (duration.compareTo(Recurrences.LONGEST_OCCURRENCE) > 0) {
                throw new UserFacingException("recurrence", "calendar.error.recurring-too-long");
            }
            if (form.recurrence().count() != null && form.recurrence().count() > MAX_COUNT) {
                throw new UserFacingException("recurrence", "calendar.error.recurrence");
            }
            if (form.recurrence().until() != null && form.recurrence().until().isBefore(startLocal.toLocalDate())) {
                throw new UserFacingException("recurrence", "calendar.error.until-before-start");
            }
            rule = form.recurrence().toRule(zone, form.allDay());
        }
        EventVisibility visibility = form.visibility() == null ? EventVisibility.COMPANY : form.visibility();
        EventValues values = new EventValues(title, description, start, end, zone, form.allDay(), location, videoUrl,
                visibility, absenceType, rule, null);
        return withSeriesEnd(values);
    }

    /** Completes the values with the end of their last occurrence. */
    public static EventValues withSeriesEnd(EventValues values) {
        try {
            return values.withRule(values.rrule(), Recurrences.seriesEnd(values));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("recurrence", "calendar.error.recurrence");
        }
    }

    static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new UserFacingException(field, "calendar.error.required");
        }
        return text;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new UserFacingException(field, "calendar.error.too-long-text", max);
        }
        return TextInput.wellFormed(field, text);
    }

    /** Video links are http(s) only: no javascript:, data: or file: that a click would run. */
    public static String safeUrl(String value) {
        String text = optional(value, "videoUrl", URL_MAX);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UserFacingException("videoUrl", "calendar.error.video-url");
    }
}
