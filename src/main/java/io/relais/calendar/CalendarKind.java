package io.relais.calendar;

/** Whose calendar: the whole company's, a team's or one person's. */
public enum CalendarKind {
    COMPANY, TEAM, PERSONAL
}
