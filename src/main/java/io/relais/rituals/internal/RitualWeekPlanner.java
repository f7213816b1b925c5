package io.relais.rituals.internal;

import io.relais.people.PersonSummary;
import io.relais.rituals.RitualKind;
import io.relais.rituals.WeekPlan;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Plans both weekly rituals of one week, each only if it is switched on. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class RitualWeekPlanner {

    private final RitualRepository rituals;
    private final TrioWeek trios;
    private final AllHandsWeek allHands;

    RitualWeekPlanner(RitualRepository rituals, TrioWeek trios, AllHandsWeek allHands) {
        this.rituals = rituals;
        this.trios = trios;
        this.allHands = allHands;
    }

    public WeekPlan plan(LocalDate monday, List<PersonSummary> activePeople) {
        List<List<Long>> groups = rituals.findByKind(RitualKind.MONDAY_TRIOS).map(Ritual::settings)
                .filter(settings -> settings.active()).map(settings -> trios.plan(settings, monday, activePeople))
                .orElse(List.of());
        boolean allHandsPlanned = false;
        Ritual allHandsRitual = rituals.findByKind(RitualKind.FRIDAY_ALL_HANDS).orElse(null);
        if (allHandsRitual != null && allHandsRitual.settings().active()) {
            allHandsPlanned = allHands.plan(allHandsRitual, monday, activePeople);
        } else if (allHandsRitual != null) {
            allHands.stop(allHandsRitual, monday);
        }
        return new WeekPlan(monday, groups.size(), groups.stream().mapToInt(List::size).sum(), allHandsPlanned);
    }
}
