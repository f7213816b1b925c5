package io.relais.rituals;

/** The rituals Relais runs; each exists once, configured by HR. */
public enum RitualKind {
    /** Every Monday, everybody in groups of three from different teams. */
    MONDAY_TRIOS,
    /** Every Friday, the whole company, with an agenda people fill in during the week. */
    FRIDAY_ALL_HANDS,
    /** A newcomer's first weeks: 1:1s with their manager (and buddy) on chosen days. */
    NEWCOMER_ONE_ON_ONES
}
