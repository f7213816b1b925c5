package io.relais.search.internal.lucene;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Filter values as the index keeps them: accents removed, lower case, runs of anything else than
 * letters and digits turned into one dash, so {@code space:"Tech & Data"}, {@code space:tech-data}
 * and {@code tag:Équipe} match what was indexed.
 */
public final class Keys {

    private Keys() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
