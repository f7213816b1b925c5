package io.relais.docs.internal;

import io.relais.docs.KindFields;
import java.util.StringJoiner;

/**
 * The kind-specific fields of a revision as "label: value" lines: stored with each snapshot and
 * diffed like the body. Labels are stable English identifiers, not UI text.
 */
final class KindFieldsText {

    private KindFieldsText() {
    }

    static String of(KindFields f) {
        StringJoiner text = new StringJoiner("\n");
        line(text, "meetingDate", f.meetingDate());
        line(text, "agenda", f.agenda());
        if (!f.attendeeIds().isEmpty()) {
            line(text, "attendees", f.attendeeIds().stream().sorted().toList());
        }
        f.decisionsTaken().forEach(decision -> line(text, "decisionTaken", decision));
        f.actionItems().forEach(item -> line(text, "action", (item.done() ? "[x] " : "[ ] ") + item.text()
                + (item.assigneeId() == null ? "" : " @" + item.assigneeId())
                + (item.dueDate() == null ? "" : " due " + item.dueDate())));
        line(text, "context", f.decisionContext());
        line(text, "decision", f.decision());
        line(text, "decisionStatus", f.decisionStatus());
        line(text, "decidedOn", f.decidedOn());
        line(text, "supersededBy", f.supersededBy());
        line(text, "problem", f.problem());
        line(text, "solution", f.solution());
        line(text, "problemStatus", f.problemStatus());
        line(text, "clientProject", f.clientProject());
        line(text, "feedbackSource", f.feedbackSource());
        line(text, "sentiment", f.sentiment());
        line(text, "followUp", f.followUp());
        return text.toString();
    }

    private static void line(StringJoiner text, String label, Object value) {
        if (value != null) {
            text.add(label + ": " + value);
        }
    }
}
