package io.relais.docs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.relais.docs.DocumentDetails;
import io.relais.docs.KindFields;
import io.relais.platform.ui.Formats;
import java.time.LocalDate;
import java.util.function.LongFunction;

/** The kind-specific fields of a document, read-only, as a description list. */
class KindFieldsPanel extends DescriptionList {

    private final LongFunction<String> names;

    KindFieldsPanel(DocumentDetails document, LongFunction<String> names) {
        this.names = names;
        setId("doc-fields");
        KindFields f = document.fields();
        switch (document.kind()) {
            case ARTICLE -> date("docs.field.reviewBy", document.reviewBy());
            case MINUTES -> {
                date("docs.field.meetingDate", f.meetingDate());
                text("docs.field.agenda", f.agenda());
                if (!f.attendeeIds().isEmpty()) {
                    term("docs.field.attendees", new Span(String.join(", ",
                            f.attendeeIds().stream().sorted().map(names::apply).toList())));
                }
                if (!f.decisionsTaken().isEmpty()) {
                    UnorderedList decisions = new UnorderedList();
                    f.decisionsTaken().forEach(d -> decisions.add(new ListItem(d)));
                    term("docs.field.decisionsTaken", decisions);
                }
                if (!f.actionItems().isEmpty()) {
                    UnorderedList actions = new UnorderedList();
                    actions.setId("doc-actions");
                    f.actionItems().forEach(item -> actions.add(new ListItem(action(item))));
                    term("docs.field.actionItems", actions);
                }
            }
            case DECISION -> {
                text("docs.field.decisionContext", f.decisionContext());
                text("docs.field.decision", f.decision());
                text("docs.field.decisionStatus", f.decisionStatus() == null ? null : getTranslation("docs.decisionStatus." + f.decisionStatus()));
                date("docs.field.decidedOn", f.decidedOn());
                text("docs.field.supersededBy", f.supersededBy() == null ? null : "#" + f.supersededBy());
            }
            case PROBLEM -> {
                text("docs.field.problem", f.problem());
                text("docs.field.solution", f.solution());
                text("docs.field.problemStatus", f.problemStatus() == null ? null : getTranslation("docs.problemStatus." + f.problemStatus()));
                text("docs.field.clientProject", f.clientProject());
            }
            case FEEDBACK -> {
                text("docs.field.feedbackSource", f.feedbackSource() == null ? null : getTranslation("docs.feedbackSource." + f.feedbackSource()));
                text("docs.field.sentiment", f.sentiment() == null ? null : getTranslation("docs.sentiment." + f.sentiment()));
                text("docs.field.followUp", f.followUp() == null ? null : getTranslation("docs.followUp." + f.followUp()));
            }
        }
    }

    private String action(KindFields.ActionItem item) {
        return (item.done() ? "☑ " : "☐ ") + item.text()
                + (item.assigneeId() == null ? "" : " — " + names.apply(item.assigneeId()))
                + (item.dueDate() == null ? "" : " — " + Formats.date(item.dueDate(), getLocale()));
    }

    private void date(String key, LocalDate date) {
        if (date != null) {
            text(key, Formats.date(date, getLocale()));
        }
    }

    private void text(String key, String value) {
        if (value != null && !value.isBlank()) {
            Span span = new Span(value);
            span.getStyle().set("white-space", "pre-line");
            term(key, span);
        }
    }

    private void term(String key, Component value) {
        add(new Term(getTranslation(key)), new Description(value));
    }
}
