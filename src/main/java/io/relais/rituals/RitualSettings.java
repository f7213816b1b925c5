package io.relais.rituals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A ritual as configured: when it happens (day, local time, zone), its time budget, whom it
 * applies to, the template its minutes start from, and whether it runs.
 *
 * @param dayOfWeek {@code null} for newcomer 1:1s, which follow each newcomer's start date
 * @param hostId who hosts the all-hands (organiser of the series, owner of the agendas)
 * @param dayNumbers newcomer 1:1s: days of the newcomer's first weeks, day 1 being the start date
 */
public record RitualSettings(long id, long version, RitualKind kind, String title, String purpose,
        DayOfWeek dayOfWeek, LocalTime localTime, int durationMinutes, ZoneId zone, ParticipantsRule participants,
        Set<Long> teamIds, String minutesTemplate, boolean active, Long hostId, List<Integer> dayNumbers) {

    public RitualSettings {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        dayNumbers = dayNumbers == null ? List.of() : List.copyOf(dayNumbers);
    }

    public Duration budget() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** Whether the ritual applies to a person of that team. */
    public boolean appliesToTeam(Long teamId) {
        return participants == ParticipantsRule.EVERYBODY || (teamId != null && teamIds.contains(teamId));
    }

    /** The values an editor starts from. */
    public RitualForm toForm() {
        return new RitualForm(title, purpose, dayOfWeek, localTime, durationMinutes, zone.getId(), participants, teamIds,
                minutesTemplate, active, hostId, dayNumbers);
    }
}
