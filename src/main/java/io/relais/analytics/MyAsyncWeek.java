package io.relais.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The signed-in person's own figures for last week and this week so far ("my async week" on the
 * home page). Only that person ever sees them: no group size applies to one's own data.
 *
 * @param weeks last week, then this week (Monday to today)
 */
public record MyAsyncWeek(List<Week> weeks) {

    /**
     * One week of one person.
     *
     * @param saves documents they saved (creations and edits)
     * @param meetingHours hours they spent in timed meetings
     * @param decisions decision records they wrote
     */
    public record Week(LocalDate monday, long saves, double meetingHours, long decisions) {

        /** Documents written per meeting hour, or {@code null} without meetings. */
        public Double writtenPerMeetingHour() {
            return meetingHours == 0 ? null : saves / meetingHours;
        }
    }
}
