package io.relais.rituals;

import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.UserFacingException;
import io.relais.rituals.internal.OneOnOnePlanner;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Newcomer 1:1s: on the days the ritual names (day 1 is the start date), a 1:1 of the newcomer with
 * a partner (their manager when they join; onboarding adds their buddy) in the first free slot of
 * both calendars during working hours, on that day or the next working days. Idempotent: asking
 * again for the same newcomer and partner plans only the 1:1s still missing.
 */
@Service
@Transactional
public class NewcomerOneOnOnes {

    private final OneOnOnePlanner planner;
    private final PersonService people;

    NewcomerOneOnOnes(OneOnOnePlanner planner, PersonService people) {
        this.planner = planner;
        this.people = people;
    }

    /**
     * Plans the newcomer's 1:1s with the partner that are not planned yet and still ahead.
     *
     * @return the ids of the ritual meetings of these two (planned now or before), by day
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public List<Long> schedule(long newcomerId, long partnerId, LocalDate startDate) {
        if (newcomerId == partnerId) {
            throw new UserFacingException("partner", "rituals.error.same-person");
        }
        Map<Long, PersonSummary> active = people.activePeople().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        PersonSummary newcomer = active.get(newcomerId);
        PersonSummary partner = active.get(partnerId);
        if (newcomer == null || partner == null) {
            throw new NotFoundException();
        }
        LocalDate start = startDate == null ? newcomer.startDate() : startDate;
        // events go on the partner's own calendar, which only administrators may write for them
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), () -> planner.schedule(newcomer, partner, start));
    }
}
