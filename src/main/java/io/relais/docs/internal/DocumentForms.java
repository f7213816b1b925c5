package io.relais.docs.internal;

import io.relais.docs.DocumentForm;
import io.relais.docs.KindFields;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Checks what writers typed and turns it into the content of an edit, creating new tags. */
@Component
public class DocumentForms {

    static final int MAX_TITLE = 200;
    /** About 250 printed pages: beyond that a document should be split. */
    static final int MAX_BODY = 500_000;
    static final int MAX_TAGS = 12;
    static final int MAX_TAG = 40;
    static final int MAX_FIELD = 20_000;
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final TagRepository tags;

    DocumentForms(TagRepository tags) {
        this.tags = tags;
    }

    public Document.Content content(DocumentForm form) {
        return content(form, this::tag);
    }

    /**
     * As {@link #content(DocumentForm)}, finding (or creating) each tag through {@code tag}: bulk
     * writers pass a cache so hundreds of documents do not look up the same tags again and again.
     */
    public Document.Content content(DocumentForm form, Function<String, Tag> tag) {
        String title = TextInput.required("title", form.title(), MAX_TITLE);
        String body = TextInput.wellFormed("body", form.body() == null ? "" : form.body());
        if (body.length() > MAX_BODY) {
            throw new UserFacingException("body", "validation.too-long", MAX_BODY);
        }
        String language = form.language() == null ? "fr" : form.language().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new UserFacingException("language", "docs.error.language");
        }
        return new Document.Content(title, body.replace("\u0000", ""), language, form.reviewBy(),
                tags(form.tags(), tag), fields(form.fields()));
    }

    public Tag tag(String name) {
        return tags.findByName(name).orElseGet(() -> tags.save(new Tag(name)));
    }

    /** The tag names a form's tags become (trimmed, one space, lower case), or a refusal. */
    public static Set<String> tagNames(Set<String> names) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String name : names) {
            String tag = TextInput.optional("tags", name == null ? null : name.replaceAll("\\s+", " "), MAX_TAG);
            if (tag != null) {
                cleaned.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        if (cleaned.size() > MAX_TAGS) {
            throw new UserFacingException("tags", "docs.error.too-many-tags", MAX_TAGS);
        }
        return cleaned;
    }

    private static Set<Tag> tags(Set<String> names, Function<String, Tag> findOrCreate) {
        Set<Tag> result = new LinkedHashSet<>();
        for (String name : tagNames(names)) {
            result.add(findOrCreate.apply(name));
        }
        return result;
    }

    private static KindFields fields(KindFields f) {
        List<String> decisions = f.decisionsTaken().stream()
                .map(text -> TextInput.optional("decisionsTaken", text, 500)).filter(t -> t != null).toList();
        List<KindFields.ActionItem> actions = f.actionItems().stream()
                .filter(item -> item.text() != null && !item.text().isBlank())
                .map(item -> new KindFields.ActionItem(TextInput.required("actionItems", item.text(), 500),
                        item.assigneeId(), item.dueDate(), item.done()))
                .toList();
        return new KindFields(f.meetingDate(), longText("agenda", f.agenda()), f.attendeeIds(), decisions,
                actions, longText("decisionContext", f.decisionContext()), longText("decision", f.decision()),
                f.decisionStatus(), f.decidedOn(), f.supersededBy(), longText("problem", f.problem()),
                longText("solution", f.solution()), f.problemStatus(),
                TextInput.optional("clientProject", f.clientProject(), 200), f.helpedCount(),
                f.feedbackSource(), f.sentiment(), f.followUp());
    }

    private static String longText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FIELD) {
            throw new UserFacingException(field, "validation.too-long", MAX_FIELD);
        }
        return TextInput.wellFormed(field, value.strip().replace("\u0000", ""));
    }
}
