package io.relais.rituals;

import java.time.LocalDate;

/**
 * What planning a week did.
 *
 * @param trios the trios created (0 when the week already had them, or the ritual is off)
 * @param peopleInTrios how many people they bring together
 * @param allHandsPlanned whether the all-hands of that week was planned now
 */
public record WeekPlan(LocalDate monday, int trios, int peopleInTrios, boolean allHandsPlanned) {
}
