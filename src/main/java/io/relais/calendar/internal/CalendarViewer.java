package io.relais.calendar.internal;

import io.relais.platform.Roles;
import java.util.Set;

/**
 * Who looks at or writes to calendars, with what the rules need: their person (none for a system
 * task), their team and roles.
 */
public record CalendarViewer(Long personId, Long teamId, Set<String> roles) {

    public CalendarViewer {
        roles = Set.copyOf(roles);
    }

    public boolean is(Long person) {
        return personId != null && personId.equals(person);
    }

    public boolean inTeam(Long team) {
        return teamId != null && teamId.equals(team);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean hr() {
        return roles.contains(Roles.HR);
    }

    /** HR, leadership and administrators run the company calendar. */
    public boolean companyPlanner() {
        return admin() || hr() || roles.contains(Roles.LEADERSHIP);
    }
}
