package io.relais.analytics;

import io.relais.platform.db.TimeBuckets;
import java.util.Objects;
import java.util.Set;

/**
 * What a source is asked to measure: a group of people over consecutive periods, either as one
 * group or split by team (every team's figures in one statement, for the roll-up and the teams'
 * comparison) or by person (who counts in a distinct-people figure, for the roll-up).
 *
 * @param personIds the group, or {@code null} for the whole company (everybody, also people who
 *     have no team or left since)
 * @param buckets the periods, in the company's time zone
 * @param split how the answer is grouped
 */
public record AdoptionQuery(Set<Long> personIds, TimeBuckets buckets, Split split) {

    /** How a source groups its answer ({@link GroupedMeasures}' keys). */
    public enum Split {
        /** The group as a whole, under {@link GroupedMeasures#ASKED}. */
        NONE,
        /** Per current team of the people, {@link GroupedMeasures#NO_TEAM} for those without one. */
        TEAM,
        /** Per person, keyed by person id. */
        PERSON
    }

    public AdoptionQuery {
        personIds = personIds == null ? null : Set.copyOf(personIds);
        Objects.requireNonNull(buckets);
        Objects.requireNonNull(split);
    }

    /** The group as a whole, or per team. */
    public AdoptionQuery(Set<Long> personIds, TimeBuckets buckets, boolean byTeam) {
        this(personIds, buckets, byTeam ? Split.TEAM : Split.NONE);
    }

    /** The group as a whole. */
    public AdoptionQuery(Set<Long> personIds, TimeBuckets buckets) {
        this(personIds, buckets, Split.NONE);
    }

    /** Everybody, per team. */
    public static AdoptionQuery perTeam(TimeBuckets buckets) {
        return new AdoptionQuery(null, buckets, Split.TEAM);
    }

    public boolean byTeam() {
        return split == Split.TEAM;
    }

    public boolean wholeCompany() {
        return personIds == null;
    }
}
