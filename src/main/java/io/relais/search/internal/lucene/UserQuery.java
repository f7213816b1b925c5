package io.relais.search.internal.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, understood leniently. Plain words must all be found (ranked by BM25),
 * {@code "exact phrase"}, {@code -excluded} word or phrase, {@code prefix*} (two letters at
 * least), and filters {@code kind:}, {@code space:}, {@code tag:}, {@code author:},
 * {@code client:}, {@code project:}, {@code before:} and {@code after:} (ISO dates, a year or a year-month). Nothing here ever
 * fails: an unbalanced quote, a lone {@code *}, an unknown filter or a bad date simply become
 * plain words, special characters are dropped by the analysis, and the text is capped.
 */
public record UserQuery(List<String> words, List<String> phrases, List<String> prefixes, List<String> excluded,
        List<String> kinds, List<String> spaces, List<String> tags, List<String> authors,
        List<String> clients, List<String> projects, LocalDate before, LocalDate after) {

    /** Longer queries are cut: nobody types more, and it bounds the work per search. */
    public static final int MAX_LENGTH = 500;
    /** At most this many terms of each sort are used. */
    public static final int MAX_TERMS = 24;

    private static final Pattern FILTER = Pattern.compile("(?i)(kind|type|space|tag|author|client|project|before|after):(.*)");
    private static final Map<String, String> KIND_ALIASES = Map.ofEntries(
            Map.entry("article", "ARTICLE"), Map.entry("articles", "ARTICLE"),
            Map.entry("minutes", "MINUTES"), Map.entry("compte-rendu", "MINUTES"), Map.entry("cr", "MINUTES"),
            Map.entry("decision", "DECISION"), Map.entry("decisions", "DECISION"),
            Map.entry("problem", "PROBLEM"), Map.entry("probleme", "PROBLEM"),
            Map.entry("feedback", "FEEDBACK"), Map.entry("retour", "FEEDBACK"),
            Map.entry("person", "PERSON"), Map.entry("people", "PERSON"), Map.entry("personne", "PERSON"),
            Map.entry("client", "CLIENT"), Map.entry("clients", "CLIENT"),
            Map.entry("contact", "CONTACT"), Map.entry("contacts", "CONTACT"),
            Map.entry("project", "PROJECT"), Map.entry("projects", "PROJECT"), Map.entry("projet", "PROJECT"),
            Map.entry("projets", "PROJECT"),
            Map.entry("task", "TASK"), Map.entry("tasks", "TASK"), Map.entry("tache", "TASK"), Map.entry("taches", "TASK"));

    public boolean hasText() {
        return !words.isEmpty() || !phrases.isEmpty() || !prefixes.isEmpty();
    }

    public boolean hasFilters() {
        return !kinds.isEmpty() || !spaces.isEmpty() || !tags.isEmpty() || !authors.isEmpty() || !clients.isEmpty()
                || !projects.isEmpty() || before != null || after != null;
    }

    public boolean isEmpty() {
        return !hasText() && !hasFilters();
    }

    /** The same query with some words replaced (did you mean), as text a person can run. */
    public String withWordsReplaced(Map<String, String> replacements, String original) {
        String result = original;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            result = result.replaceAll("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(replacement.getKey())
                    + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(replacement.getValue()));
        }
        return result;
    }

    public static UserQuery parse(String text) {
        Builder builder = new Builder();
        if (text == null) {
            return builder.build();
        }
        String input = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        input = input.replace('\u201C', '"').replace('\u201D', '"').replace('\u00AB', '"').replace('\u00BB', '"');
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < input.length() && !Character.isWhitespace(input.charAt(i + 1));
            int start = negated ? i + 1 : i;
            if (start < input.length() && input.charAt(start) == '"') {
                int close = input.indexOf('"', start + 1);
                if (close < 0) {
                    // unbalanced quote: the rest is plain words
                    builder.plain(input.substring(start + 1), negated);
                    break;
                }
                builder.phrase(input.substring(start + 1, close), negated);
                i = close + 1;
                continue;
            }
            int end = start;
            while (end < input.length() && !Character.isWhitespace(input.charAt(end))) {
                end++;
            }
            String token = input.substring(start, end);
            Matcher filter = FILTER.matcher(token);
            if (!negated && filter.matches()) {
                String value = filter.group(2);
                if (value.startsWith("\"")) {
                    int close = input.indexOf('"', start + filter.start(2) + 1);
                    if (close > 0) {
                        value = input.substring(start + filter.start(2) + 1, close);
                        end = close + 1;
                    } else {
                        value = value.substring(1);
                    }
                }
                if (!builder.filter(filter.group(1).toLowerCase(Locale.ROOT), value.strip())) {
                    builder.plain(token, false);
                }
            } else {
                builder.token(token, negated);
            }
            i = end;
        }
        return builder.build();
    }

    private static final class Builder {
        private final List<String> words = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<String> prefixes = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final List<String> spaces = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();
        private final List<String> clients = new ArrayList<>();
        private final List<String> projects = new ArrayList<>();
        private LocalDate before;
        private LocalDate after;

        void token(String token, boolean negated) {
            if (negated) {
                add(excluded, token);
            } else if (token.endsWith("*") && token.replace("*", "").codePointCount(0, token.replace("*", "").length()) >= 2
                    && Keys.of(token).length() >= 2) {
                add(prefixes, token.replace("*", ""));
            } else {
                add(words, token);
            }
        }

        void plain(String text, boolean negated) {
            for (String part : text.strip().split("\\s+")) {
                if (!part.isBlank()) {
                    add(negated ? excluded : words, part.replace("\"", ""));
                }
            }
        }

        void phrase(String phrase, boolean negated) {
            if (!phrase.isBlank()) {
                add(negated ? excluded : phrases, phrase.strip());
            }
        }

        boolean filter(String name, String value) {
            if (value.isBlank()) {
                return false;
            }
            switch (name) {
                case "kind", "type" -> {
                    String kind = KIND_ALIASES.get(Keys.of(value));
                    if (kind == null) {
                        return false;
                    }
                    add(kinds, kind);
                }
                case "space" -> add(spaces, value);
                case "tag" -> add(tags, value);
                case "author" -> add(authors, value);
                case "client" -> add(clients, value);
                case "project" -> add(projects, value);
                case "before" -> {
                    Optional<LocalDate> date = Dates.start(value);
                    date.ifPresent(d -> before = d);
                    return date.isPresent();
                }
                case "after" -> {
                    Optional<LocalDate> date = Dates.end(value);
                    date.ifPresent(d -> after = d);
                    return date.isPresent();
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private static void add(List<String> list, String value) {
            if (list.size() < MAX_TERMS && !value.isBlank()) {
                list.add(value);
            }
        }

        UserQuery build() {
            return new UserQuery(List.copyOf(words), List.copyOf(phrases), List.copyOf(prefixes), List.copyOf(excluded),
                    List.copyOf(kinds), List.copyOf(spaces), List.copyOf(tags), List.copyOf(authors),
                    List.copyOf(clients), List.copyOf(projects), before, after);
        }
    }
}
