package io.relais.docs.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Human slugs: "Décision : passer aux stand-ups" becomes "decision-passer-aux-stand-ups". */
public final class Slugs {

    static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    public static String of(String title) {
        String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "document" : slug;
    }

    /**
     * Whether the text could be a slug (lower-case ASCII letters, digits and dashes). Anything
     * else names no document, and is not sent to the database either: the slug columns are
     * ASCII, so comparing them with other characters fails there instead of finding nothing.
     */
    public static boolean isPossible(String slug) {
        return slug != null && slug.matches("[a-z0-9][a-z0-9-]{0,219}");
    }

    /** The slug of the title, suffixed -2, -3... until {@code taken} says it is free. */
    public static String unique(String title, Predicate<String> taken) {
        String base = of(title);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
