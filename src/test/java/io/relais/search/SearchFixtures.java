package io.relais.search;

import static org.awaitility.Awaitility.await;

import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Documents with words nobody else uses, so searches in the shared test database are exact. */
final class SearchFixtures {

    private SearchFixtures() {
    }

    /**
     * A made-up word of letters only. Stemmers may trim its ending (French drops a final "x" or a
     * doubled letter), consistently in documents and queries.
     */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The word with one letter changed in its middle: one edit away, and never the same stem (a
     * changed last letter can stem back to the original, and French folds doubled letters, so the
     * new letter differs from both its neighbours).
     */
    static String typo(String word) {
        int middle = word.length() / 2;
        char changed = word.charAt(middle);
        do {
            changed = (char) ('a' + (changed - 'a' + 1) % 26);
        } while (changed == word.charAt(middle - 1) || changed == word.charAt(middle + 1));
        return word.substring(0, middle) + changed + word.substring(middle + 1);
    }

    static long space(DocumentService documents, String name) {
        return documents.spaces().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    static DocumentForm form(long spaceId, String title, String body, Visibility visibility, Set<Long> readers,
            Set<String> tags) {
        return new DocumentForm(spaceId, title, body, "fr", visibility, tags, readers, null, KindFields.EMPTY);
    }

    /**
     * Waits until a search finds that many entries (polling the hits, which are not recorded as
     * searches; at most 5 s, slack for a loaded machine: the promise of one second is tested apart).
     */
    static void awaitFound(SearchService search, String query, long expected) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> search.hits(SearchRequest.of(query)).size() == expected);
    }
}
