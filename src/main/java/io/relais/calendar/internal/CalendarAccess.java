package io.relais.calendar.internal;

import io.relais.calendar.AbsenceType;
import io.relais.calendar.CalendarKind;

/**
 * The permission rules, in one place for every read path (views, details, feeds, exports):
 * <ul>
 * <li>anybody signed in may look at any calendar, but an event's details only show to those its
 * visibility allows; everybody else sees "busy";</li>
 * <li>the reason of a sick leave shows to the person and HR only;</li>
 * <li>writes: a personal calendar by its owner, a team calendar by its members, the company
 * calendar by HR, leadership and administrators; an event also by its organiser; absences by the
 * person and HR; administrators everywhere.</li>
 * </ul>
 */
public final class CalendarAccess {

    /** An event with what the rules need about it: its calendar and the team it belongs to. */
    public record Subject(CalendarEvent event, EventCalendar calendar, Long teamOfEvent, boolean viewerAttends) {
    }

    private CalendarAccess() {
    }

    public static boolean seesDetails(CalendarViewer viewer, Subject subject) {
        CalendarEvent event = subject.event();
        if (involved(viewer, subject)) {
            return true;
        }
        return switch (event.getVisibility()) {
            case COMPANY -> true;
            case TEAM -> viewer.inTeam(subject.teamOfEvent());
            case PRIVATE -> false;
        };
    }

    /** Whether the absence's reason may be told; holidays and remote days are no secret inside the team. */
    public static boolean seesAbsenceReason(CalendarViewer viewer, Subject subject) {
        AbsenceType type = subject.event().getAbsenceType();
        return type != AbsenceType.SICK || viewer.hr() || viewer.is(subject.calendar().getOwnerId());
    }

    public static boolean mayEdit(CalendarViewer viewer, Subject subject) {
        if (viewer.admin() || viewer.is(subject.event().getOrganiserId())) {
            return true;
        }
        if (subject.event().isAbsence()) {
            return viewer.hr() || viewer.is(subject.calendar().getOwnerId());
        }
        return mayWrite(viewer, subject.calendar());
    }

    public static boolean mayWrite(CalendarViewer viewer, EventCalendar calendar) {
        if (viewer.admin()) {
            return true;
        }
        return switch (calendar.getKind()) {
            case COMPANY -> viewer.companyPlanner();
            case TEAM -> viewer.inTeam(calendar.getTeamId()) || viewer.hr();
            case PERSONAL -> viewer.is(calendar.getOwnerId());
        };
    }

    /** Absences go to a person's own calendar: written by that person, or by HR for anyone. */
    public static boolean mayRecordAbsence(CalendarViewer viewer, long personId) {
        return viewer.is(personId) || viewer.hr() || viewer.admin();
    }

    private static boolean involved(CalendarViewer viewer, Subject subject) {
        return viewer.is(subject.event().getOrganiserId()) || subject.viewerAttends()
                || (subject.calendar().getKind() == CalendarKind.PERSONAL && viewer.is(subject.calendar().getOwnerId()));
    }
}
