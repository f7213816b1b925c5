package io.relais.docs;

import java.time.LocalDate;

/**
 * A row of a reading ranking.
 *
 * @param views views in the ranking's period
 * @param upvotes upvotes of all time
 * @param reviewBy when it should have been (or be) reviewed, or {@code null}
 */
public record DocumentPopularity(long id, String slug, String title, String spaceName, LocalDate reviewBy,
        long views, long upvotes) {

    public String path() {
        return DocumentPaths.of(id, slug);
    }
}
