package io.relais.rituals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What HR or an administrator sets for a ritual; checked by {@link RitualService#update}. */
public record RitualForm(String title, String purpose, DayOfWeek dayOfWeek, LocalTime localTime,
        Integer durationMinutes, String zone, ParticipantsRule participants, Set<Long> teamIds,
        String minutesTemplate, boolean active, Long hostId, List<Integer> dayNumbers) {

    public RitualForm {
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
        dayNumbers = dayNumbers == null ? List.of() : List.copyOf(dayNumbers);
    }
}
