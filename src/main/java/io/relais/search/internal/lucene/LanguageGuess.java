package io.relais.search.internal.lucene;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether an undeclared text is French or English from its most common short words,
 * which is reliable on a paragraph and cheap. French wins ties: Relais' default language.
 */
public final class LanguageGuess {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "un", "une", "et", "est",
            "pour", "dans", "que", "qui", "sur", "pas", "avec", "nous", "vous", "sont", "au", "aux", "ce", "cette");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "for", "in", "that", "with",
            "to", "of", "we", "you", "this", "not", "on", "it", "be", "was", "by", "an", "our", "from");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE = 4_000;

    private LanguageGuess() {
    }

    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "fr";
        }
        Matcher words = WORD.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        int french = 0;
        int english = 0;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (FRENCH.contains(word)) {
                french++;
            } else if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return english > french ? "en" : "fr";
    }
}
