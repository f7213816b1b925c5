package io.relais.docs.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells French from English by counting each language's most common short words in the first
 * few thousand characters. Only a clear majority decides; otherwise the caller's default applies.
 */
public final class LanguageGuess {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "une", "est", "et", "pour",
            "dans", "que", "qui", "sur", "avec", "pas", "nous", "vous", "au", "aux", "ce", "cette", "sont", "être");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "of", "to", "for", "with", "that", "this",
            "are", "on", "be", "we", "you", "it", "not", "have", "from", "by", "or", "an", "was", "will");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE = 4_000;
    private static final int MIN_VOTES = 3;

    private LanguageGuess() {
    }

    /** "fr" or "en", when the text says so clearly enough. */
    public static Optional<String> of(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Matcher words = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        int french = 0;
        int english = 0;
        while (words.find()) {
            String word = words.group();
            if (FRENCH.contains(word)) {
                french++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        if (french + english < MIN_VOTES || french == english) {
            return Optional.empty();
        }
        return Optional.ofNullable(french > 2 * english ? "fr" : english > 2 * french ? "en" : null);
    }
}
