package io.relais.analytics;

import io.relais.platform.db.TimeBuckets;
import java.util.Objects;
import java.util.Set;

/**
 * What a source is asked to measure: a group of people over consecutive periods.
 *
 * @param personIds the group, or {@code null} for the whole company (everybody, also people who
 *     have no team or left since)
 * @param buckets the periods, in the company's time zone
 */
public record AdoptionQuery(Set<Long> personIds, TimeBuckets buckets) {

    public AdoptionQuery {
        personIds = personIds == null ? null : Set.copyOf(personIds);
        Objects.requireNonNull(buckets);
    }

    public boolean wholeCompany() {
        return personIds == null;
    }
}
