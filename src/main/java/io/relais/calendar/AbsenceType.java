package io.relais.calendar;

/** Why somebody is away (or working elsewhere) for whole days; shown on their team's calendar. */
public enum AbsenceType {
    HOLIDAY, SICK, REMOTE
}
