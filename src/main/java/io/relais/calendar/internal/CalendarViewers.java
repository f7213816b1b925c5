package io.relais.calendar.internal;

import io.relais.platform.CurrentUser;
import io.relais.platform.RelaisPrincipal;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Builds the {@link CalendarViewer} of the signed-in person, or of a system task. */
@Component
public class CalendarViewers {

    /** Where times are shown to somebody without a directory entry (technical accounts). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private final CurrentUser currentUser;
    private final CalendarPersonRepository people;

    CalendarViewers(CurrentUser currentUser, CalendarPersonRepository people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    public CalendarViewer current() {
        Long personId = currentUser.get().map(RelaisPrincipal::personId).orElse(null);
        Long teamId = personId == null ? null : people.findById(personId).map(CalendarPerson::getTeamId).orElse(null);
        return new CalendarViewer(personId, teamId, roles());
    }

    /** A person as the owner of an iCalendar feed: their own rights, no role. */
    public CalendarViewer of(long personId) {
        Long teamId = people.findById(personId).map(CalendarPerson::getTeamId).orElse(null);
        return new CalendarViewer(personId, teamId, Set.of());
    }

    /** The zone the viewer reads times in: their directory time zone, else Europe/Paris. */
    public ZoneId zoneOf(CalendarViewer viewer) {
        return viewer.personId() == null ? DEFAULT_ZONE
                : people.findById(viewer.personId()).map(CalendarPerson::zone).orElse(DEFAULT_ZONE);
    }

    private static Set<String> roles() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
    }
}
