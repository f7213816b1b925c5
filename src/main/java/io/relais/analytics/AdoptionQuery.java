package io.relais.analytics;

import io.relais.platform.db.TimeBuckets;
import java.util.Objects;
import java.util.Set;

/**
 * What a source is asked to measure: a group of people over consecutive periods, either as one
 * group or split by team (every team's figures in one statement, for the roll-up and the teams'
 * comparison).
 *
 * @param personIds the group, or {@code null} for the whole company (everybody, also people who
 *     have no team or left since)
 * @param buckets the periods, in the company's time zone
 * @param byTeam whether to answer per team of the people (their current team, {@link
 *     GroupedMeasures#NO_TEAM} for those without one) rather than for the group as a whole
 */
public record AdoptionQuery(Set<Long> personIds, TimeBuckets buckets, boolean byTeam) {

    public AdoptionQuery {
        personIds = personIds == null ? null : Set.copyOf(personIds);
        Objects.requireNonNull(buckets);
    }

    /** The group as a whole. */
    public AdoptionQuery(Set<Long> personIds, TimeBuckets buckets) {
        this(personIds, buckets, false);
    }

    /** Everybody, per team. */
    public static AdoptionQuery perTeam(TimeBuckets buckets) {
        return new AdoptionQuery(null, buckets, true);
    }

    public boolean wholeCompany() {
        return personIds == null;
    }
}
