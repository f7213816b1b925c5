package io.relais.docs.internal;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.platform.UserFacingException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The front matter of exported and imported documents: the same keys both ways, so an export
 * imports back into the same documents. Kind fields use the names of {@link KindFields}; links to
 * people (attendees, assignees) are not exported, since ids mean nothing in another installation,
 * and an import keeps those the document already has. The decision that supersedes another is
 * written as its slug ({@code supersededBy}), which the import looks up in the same space.
 */
public final class DocumentFrontMatter {

    private DocumentFrontMatter() {
    }

    /** What an export writes above a document's body. */
    public static Map<String, Object> of(DocumentDetails d, String successorSlug) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", d.title());
        values.put("slug", d.slug());
        values.put("kind", d.kind().name());
        values.put("language", d.language());
        values.put("visibility", d.visibility().name());
        if (!d.tags().isEmpty()) {
            values.put("tags", d.tags());
        }
        putDate(values, "reviewBy", d.reviewBy());
        KindFields f = d.fields();
        switch (d.kind()) {
            case MINUTES -> {
                putDate(values, "meetingDate", f.meetingDate());
                putText(values, "agenda", f.agenda());
                if (!f.decisionsTaken().isEmpty()) {
                    values.put("decisionsTaken", f.decisionsTaken());
                }
            }
            case DECISION -> {
                putText(values, "decisionContext", f.decisionContext());
                putText(values, "decision", f.decision());
                putEnum(values, "decisionStatus", f.decisionStatus());
                putDate(values, "decidedOn", f.decidedOn());
                putText(values, "supersededBy", successorSlug);
            }
            case PROBLEM -> {
                putText(values, "problem", f.problem());
                putText(values, "solution", f.solution());
                putEnum(values, "problemStatus", f.problemStatus());
                putText(values, "clientProject", f.clientProject());
            }
            case FEEDBACK -> {
                putEnum(values, "feedbackSource", f.feedbackSource());
                putEnum(values, "sentiment", f.sentiment());
                putEnum(values, "followUp", f.followUp());
            }
            case ARTICLE -> {
                // only the common fields
            }
        }
        return values;
    }

    /**
     * The kind fields a file's front matter gives, on top of the links the document keeps;
     * {@code successorId} is the document its {@code supersededBy} slug names, when found.
     */
    public static KindFields fields(DocumentKind kind, Map<String, Object> v, KindFields kept, Long successorId) {
        KindFields fields = KindFields.EMPTY;
        switch (kind) {
            case MINUTES -> fields = fields.withMeeting(date(v, "meetingDate"), text(v, "agenda"), kept.attendeeIds(),
                    list(v, "decisionsTaken"), kept.actionItems());
            case DECISION -> {
                KindFields.DecisionStatus status = enumValue(v, "decisionStatus", KindFields.DecisionStatus.class);
                fields = fields.withDecision(text(v, "decisionContext"), text(v, "decision"), status,
                        date(v, "decidedOn"), successorId != null ? successorId : kept.supersededBy());
            }
            case PROBLEM -> fields = fields.withProblem(text(v, "problem"), text(v, "solution"),
                    enumValue(v, "problemStatus", KindFields.ProblemStatus.class), text(v, "clientProject"));
            case FEEDBACK -> fields = fields.withFeedback(enumValue(v, "feedbackSource", KindFields.FeedbackSource.class),
                    enumValue(v, "sentiment", KindFields.Sentiment.class), enumValue(v, "followUp", KindFields.FollowUp.class));
            case ARTICLE -> {
                // only the common fields
            }
        }
        return fields;
    }

    /**
     * Whether saving this form would leave the document as it is, compared the way the document
     * stores it (trimmed, tags in lower case, defaults of the kind applied).
     */
    public static boolean unchanged(DocumentDetails existing, DocumentForm form) {
        Set<String> tags = new LinkedHashSet<>();
        form.tags().forEach(tag -> tags.add(tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
        LocalDate reviewBy = existing.kind() == DocumentKind.ARTICLE ? form.reviewBy() : null;
        return existing.title().equals(form.title().strip())
                && existing.body().stripTrailing().equals(form.body().stripTrailing())
                && existing.language().equals(form.language())
                && existing.visibility() == form.visibility()
                && Set.copyOf(existing.tags()).equals(tags)
                && Objects.equals(existing.reviewBy(), reviewBy)
                && comparable(existing.kind(), existing.fields()).equals(comparable(existing.kind(), form.fields()));
    }

    /** The fields of a kind as stored: blank text is absent, unset statuses take their defaults. */
    private static List<Object> comparable(DocumentKind kind, KindFields f) {
        return switch (kind) {
            case MINUTES -> Arrays.asList(f.meetingDate(), blank(f.agenda()),
                    f.decisionsTaken().stream().map(DocumentFrontMatter::blank).filter(Objects::nonNull).toList());
            case DECISION -> {
                KindFields.DecisionStatus status = f.decisionStatus() == null ? KindFields.DecisionStatus.PROPOSED : f.decisionStatus();
                yield Arrays.asList(blank(f.decisionContext()), blank(f.decision()), status,
                        status == KindFields.DecisionStatus.PROPOSED ? null : f.decidedOn(), f.supersededBy());
            }
            case PROBLEM -> Arrays.asList(blank(f.problem()), blank(f.solution()),
                    f.problemStatus() == null ? KindFields.ProblemStatus.OPEN : f.problemStatus(), blank(f.clientProject()));
            case FEEDBACK -> Arrays.asList(
                    f.feedbackSource() == null ? KindFields.FeedbackSource.CLIENT : f.feedbackSource(),
                    f.sentiment() == null ? KindFields.Sentiment.NEUTRAL : f.sentiment(),
                    f.followUp() == null ? KindFields.FollowUp.TO_DO : f.followUp());
            case ARTICLE -> List.of();
        };
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- reading values -------------------------------------------------------------------------

    /** A text value; numbers and booleans are taken as written, lists and maps are refused. */
    public static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw new UserFacingException(key, "import.reason.bad-value", key);
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    public static LocalDate date(Map<String, Object> values, String key) {
        Object value = values.get(key);
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        String text = text(values, key);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(key, "import.reason.bad-date", key, text);
        }
    }

    public static <E extends Enum<E>> E enumValue(Map<String, Object> values, String key, Class<E> type) {
        String text = text(values, key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(key, "import.reason.bad-choice", key, text,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** A list of texts: a YAML list, or one text with commas between the items. */
    public static List<String> list(Map<String, Object> values, String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                if (item instanceof Map<?, ?> || item instanceof Collection<?>) {
                    throw new UserFacingException(key, "import.reason.bad-value", key);
                }
                if (item != null && !item.toString().isBlank()) {
                    items.add(item.toString().strip());
                }
            }
        } else {
            for (String item : text(values, key).split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    private static void putText(Map<String, Object> values, String key, String text) {
        if (text != null && !text.isBlank()) {
            values.put(key, text);
        }
    }

    private static void putDate(Map<String, Object> values, String key, LocalDate date) {
        if (date != null) {
            values.put(key, date.toString());
        }
    }

    private static void putEnum(Map<String, Object> values, String key, Enum<?> value) {
        if (value != null) {
            values.put(key, value.name());
        }
    }
}
