package io.relais.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.clients.ClientStatus;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.ProjectStatus;
import io.relais.clients.TaskPriority;
import io.relais.clients.TaskStatus;
import io.relais.clients.TimelineEntry;
import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.platform.Roles;
import io.relais.security.ColorScheme;
import io.relais.todo.TodoFilter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user can read exists in French and English, and is a pattern
 * {@link java.text.MessageFormat} renders as written. Reads the sources, no Spring.
 */
class I18nCompletenessTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<String> LANGUAGES = List.of("en", "fr");
    private static final Pattern BUNDLE_FILE = Pattern.compile("(.+)_([a-z]{2})\\.properties");
    private static final String LITERAL = "\"([^\"\\\\]+)\"";

    /** Places where a string literal is a translation key, whatever it looks like. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*" + LITERAL),
            Pattern.compile("Toasts\\.(?:success|error)\\(\\s*" + LITERAL),
            Pattern.compile("UserFacingException\\([^,;]*,\\s*" + LITERAL),
            Pattern.compile("super\\(\\s*(?:null|\"[^\"]*\"|\\w+)\\s*,\\s*" + LITERAL),
            Pattern.compile("@Menu\\([^)]*title\\s*=\\s*" + LITERAL),
            Pattern.compile("\\.notify\\([^,;]+,\\s*" + LITERAL));
    /** Any other literal shaped like a key of a known namespace ({@code label(field, "people.email")}). */
    private static final Pattern KEY_SHAPED = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /** Keys built at run time from a literal prefix, and what completes them (checked below). */
    private static final Map<String, List<String>> DYNAMIC_KEYS = Map.ofEntries(
            Map.entry("role.", Roles.ALL.stream().map(role -> role.toLowerCase(Locale.ROOT)).toList()),
            Map.entry("shell.color-scheme.", names(ColorScheme.values(), true)),
            Map.entry("docs.kind.", names(DocumentKind.values(), false)),
            Map.entry("docs.visibility.", names(Visibility.values(), false)),
            Map.entry("docs.language.", List.of("fr", "en")),
            Map.entry("docs.decisionStatus.", names(KindFields.DecisionStatus.values(), false)),
            Map.entry("docs.problemStatus.", names(KindFields.ProblemStatus.values(), false)),
            Map.entry("docs.feedbackSource.", names(KindFields.FeedbackSource.values(), false)),
            Map.entry("docs.sentiment.", names(KindFields.Sentiment.values(), false)),
            Map.entry("docs.followUp.", names(KindFields.FollowUp.values(), false)),
            Map.entry("todo.filter.", names(TodoFilter.values(), false)),
            Map.entry("search.kind.", java.util.stream.Stream.concat(names(DocumentKind.values(), false).stream(),
                    java.util.stream.Stream.concat(java.util.stream.Stream.of("PERSON"),
                            names(io.relais.clients.ClientItem.values(), false).stream())).toList()),
            Map.entry("search.sort.", names(io.relais.search.SearchSort.values(), false)),
            Map.entry("search.facet.", io.relais.search.SearchResults.FACETS),
            Map.entry("calendar.absence.", names(io.relais.calendar.AbsenceType.values(), false)),
            Map.entry("calendar.visibility.", names(io.relais.calendar.EventVisibility.values(), false)),
            Map.entry("calendar.repeat.", List.of("NONE", "DAILY", "WEEKLY", "MONTHLY")),
            Map.entry("clients.status.", names(ClientStatus.values(), false)),
            Map.entry("clients.invoice-status.", names(InvoiceStatus.values(), false)),
            Map.entry("clients.activity.", TimelineEntry.ACTIONS),
            Map.entry("projects.status.", names(ProjectStatus.values(), false)),
            Map.entry("projects.task-status.", names(TaskStatus.values(), false)),
            Map.entry("projects.priority.", names(TaskPriority.values(), false)),
            Map.entry("import.result.", names(io.relais.docs.ImportOutcome.Result.values(), false)),
            Map.entry("rituals.kind.", names(io.relais.rituals.RitualKind.values(), false)),
            Map.entry("rituals.participants.", names(io.relais.rituals.ParticipantsRule.values(), false)),
            Map.entry("rituals.meeting.held.", List.of("held", "not-held", "unknown")),
            Map.entry("analytics.granularity.", names(io.relais.analytics.Granularity.values(), true)),
            Map.entry("analytics.compare.", List.of("none", "previous", "last-year")),
            Map.entry("analytics.status.", List.of("no-source", "company-only", "too-small")),
            Map.entry("analytics.metric.", java.util.Arrays.stream(io.relais.analytics.Metric.values())
                    .map(m -> m.labelKey().substring("analytics.metric.".length())).toList()),
            Map.entry("analytics.index.", java.util.Arrays.stream(io.relais.analytics.IndexComponent.values())
                    .map(c -> c.labelKey().substring("analytics.index.".length())).toList()),
            Map.entry("onboarding.status.", names(io.relais.onboarding.ItemStatus.values(), false)),
            Map.entry("onboarding.party.", names(io.relais.onboarding.ResponsibleParty.values(), false)),
            Map.entry("onboarding.kind.", names(io.relais.onboarding.ItemKind.values(), false)),
            Map.entry("onboarding.purpose.", names(io.relais.onboarding.Purpose.values(), false)),
            Map.entry("onboarding.mine.title.", names(io.relais.onboarding.Purpose.values(), false)),
            Map.entry("onboarding.checklist.title.", names(io.relais.onboarding.Purpose.values(), false)),
            Map.entry("onboarding.audit.", names(io.relais.onboarding.AuditAction.values(), false)),
            Map.entry("onboarding.state.", List.of("RUNNING", "FINISHED")),
            Map.entry("teamlead.onboarding.drill.", io.relais.analytics.Metric.of(io.relais.analytics.MetricArea.ONBOARDING)
                    .stream().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()),
            Map.entry("onboarding.figure.", List.of("running", "overdue", "stuck")),
            Map.entry("onboarding.column.", List.of("person", "purpose", "team", "template", "buddy", "start", "done",
                    "overdue", "in-review", "finished")));

    private static List<String> names(Enum<?>[] values, boolean lowerCase) {
        return java.util.Arrays.stream(values)
                .map(value -> lowerCase ? value.name().toLowerCase(Locale.ROOT) : value.name()).toList();
    }

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() {
        List<String> problems = new ArrayList<>();
        bundles().forEach((name, languages) -> {
            for (String language : LANGUAGES) {
                if (!languages.containsKey(language)) {
                    problems.add(name + ": no " + name + "_" + language + ".properties");
                }
            }
            if (languages.keySet().containsAll(LANGUAGES)) {
                problems.addAll(keyDifferences(name, languages.get("en"), languages.get("fr")));
            }
        });
        assertThat(problems).withFailMessage(() -> "Bundles whose languages differ:\n  " + String.join("\n  ", problems))
                .isEmpty();
    }

    @Test
    void everyValueIsNonBlankAndAValidMessageFormatPattern() {
        List<String> problems = new ArrayList<>();
        bundles().forEach((name, languages) -> languages.forEach((language, messages) ->
                problems.addAll(patternProblems(name + "_" + language, messages, Locale.forLanguageTag(language)))));
        assertThat(problems).withFailMessage(() -> "Translations that MessageFormat would not render as written "
                + "(write '' for an apostrophe):\n  " + String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void everyKeyIsDefinedOnlyOncePerLanguage() {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Map<String, String> seen = new TreeMap<>();
            bundles().forEach((name, languages) -> languages.getOrDefault(language, Map.of()).keySet().forEach(key -> {
                String previous = seen.put(key, name);
                if (previous != null) {
                    problems.add(key + " (" + language + "): in " + previous + " and " + name);
                }
            }));
        }
        assertThat(problems).withFailMessage(() -> "Keys defined twice:\n  " + String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() {
        Map<String, Map<String, String>> merged = merged();
        Set<String> namespaces = merged.get("en").keySet().stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .collect(Collectors.toSet());
        Map<String, String> used = new TreeMap<>(usedKeys(namespaces));
        DYNAMIC_KEYS.forEach((prefix, completions) ->
                completions.forEach(completion -> used.put(prefix + completion, "values completing " + prefix)));
        List<String> problems = new ArrayList<>();
        used.forEach((key, where) -> {
            if (key.endsWith(".")) {
                if (!DYNAMIC_KEYS.containsKey(key)) {
                    problems.add(key + "* is built at run time at " + where + ": teach this test what completes it");
                }
                return;
            }
            for (String language : LANGUAGES) {
                if (!merged.get(language).containsKey(key)) {
                    problems.add(key + " (" + language + "), used at " + where);
                }
            }
        });
        assertThat(used).as("translation keys found in the code").containsKeys("menu.home", "people.error.email-taken",
                "validation.too-long", "notifications.welcome", "role.admin", "shell.color-scheme.dark");
        assertThat(problems).withFailMessage(() -> "Keys used in the code but missing from a bundle:\n  "
                + String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void theChecksNameTheOffendingKeys() {
        Map<String, String> english = Map.of("a.same", "x", "a.only-en", "y", "a.quote", "It's", "a.brace", "{0",
                "a.blank", " ", "a.fine", "It''s {0}");
        Map<String, String> french = Map.of("a.same", "x", "a.only-fr", "z");
        assertThat(keyDifferences("demo", english, french)).hasSize(6)
                .anyMatch(line -> line.contains("a.only-en")).anyMatch(line -> line.contains("a.only-fr"));
        assertThat(patternProblems("demo_en", english, Locale.ENGLISH))
                .anyMatch(line -> line.startsWith("demo_en: a.quote") && line.contains("apostrophe"))
                .anyMatch(line -> line.startsWith("demo_en: a.brace"))
                .anyMatch(line -> line.startsWith("demo_en: a.blank"))
                .noneMatch(line -> line.contains("a.fine"));
        assertThat(new MessageFormat("It's {0}", Locale.ENGLISH).format(new Object[] {"x"}))
                .as("why single apostrophes are refused").isEqualTo("Its {0}");
    }

    private static List<String> keyDifferences(String bundle, Map<String, String> english, Map<String, String> french) {
        List<String> problems = new ArrayList<>();
        new TreeSet<>(english.keySet()).stream().filter(key -> !french.containsKey(key))
                .forEach(key -> problems.add(bundle + ": " + key + " is missing in French"));
        new TreeSet<>(french.keySet()).stream().filter(key -> !english.containsKey(key))
                .forEach(key -> problems.add(bundle + ": " + key + " is missing in English"));
        return problems;
    }

    private static List<String> patternProblems(String bundle, Map<String, String> messages, Locale locale) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(messages).forEach((key, value) -> {
            if (value.isBlank()) {
                problems.add(bundle + ": " + key + " is blank");
                return;
            }
            if (hasSingleApostrophe(value)) {
                problems.add(bundle + ": " + key + " has a single apostrophe: " + value);
            }
            try {
                new MessageFormat(value, locale);
            } catch (IllegalArgumentException e) {
                problems.add(bundle + ": " + key + " is not a MessageFormat pattern (" + e.getMessage() + "): " + value);
            }
        });
        return problems;
    }

    /** A run of apostrophes of odd length: MessageFormat would swallow one of them. */
    private static boolean hasSingleApostrophe(String value) {
        Matcher runs = Pattern.compile("'+").matcher(value);
        while (runs.find()) {
            if (runs.group().length() % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    /** Bundle name → language → messages. */
    private static Map<String, Map<String, Map<String, String>>> bundles() {
        Map<String, Map<String, Map<String, String>>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = BUNDLE_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    bundles.computeIfAbsent(name.group(1), any -> new TreeMap<>()).put(name.group(2), load(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bundles).as("bundles under " + BUNDLES.toAbsolutePath()).isNotEmpty();
        return bundles;
    }

    private static Map<String, Map<String, String>> merged() {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        LANGUAGES.forEach(language -> merged.put(language, new TreeMap<>()));
        bundles().values().forEach(languages -> languages.forEach((language, messages) ->
                merged.computeIfAbsent(language, any -> new TreeMap<>()).putAll(messages)));
        return merged;
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }

    /** Translation keys written as literals in the main code → where (first use). */
    private static Map<String, String> usedKeys(Set<String> namespaces) {
        Map<String, String> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern use : KEY_USES) {
                    collect(use, source, file, used);
                }
                Matcher shaped = KEY_SHAPED.matcher(source);
                while (shaped.find()) {
                    String key = shaped.group(1);
                    if (namespaces.contains(key.substring(0, key.indexOf('.') + 1))) {
                        used.putIfAbsent(key, where(file, source, shaped.start()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    private static void collect(Pattern use, String source, Path file, Map<String, String> used) {
        Matcher matcher = use.matcher(source);
        while (matcher.find()) {
            used.putIfAbsent(matcher.group(1), where(file, source, matcher.start(1)));
        }
    }

    private static String where(Path file, String source, int offset) {
        long line = source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return SOURCES.relativize(file) + ":" + line;
    }
}
