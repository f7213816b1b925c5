package io.relais.docs.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one kind of document. Action items are typed one per line, the way people write
 * them in notes: {@code [ ] task @first.last 2026-12-31}.
 */
class KindFieldsEditor extends FormLayout {

    private static final Pattern ACTION = Pattern.compile(
            "^\\s*(?:\\[( |x|X)]\\s*)?(.*?)(?:\\s+@([\\p{L}\\p{N}._-]+))?(?:\\s+(\\d{4}-\\d{2}-\\d{2}))?\\s*$");

    private final DocumentKind kind;
    private final PersonService people;
    private final Map<Long, PersonSummary> byId;
    private final DatePicker meetingDate = new DatePicker();
    private final TextArea agenda = new TextArea();
    private final MultiSelectComboBox<PersonSummary> attendees = new MultiSelectComboBox<>();
    private final TextArea decisionsTaken = new TextArea();
    private final TextArea actionItems = new TextArea();
    private final TextArea context = new TextArea();
    private final TextArea decision = new TextArea();
    private final ComboBox<KindFields.DecisionStatus> decisionStatus = new ComboBox<>();
    private final DatePicker decidedOn = new DatePicker();
    private final IntegerField supersededBy = new IntegerField();
    private final TextArea problem = new TextArea();
    private final TextArea solution = new TextArea();
    private final ComboBox<KindFields.ProblemStatus> problemStatus = new ComboBox<>();
    private final TextField clientProject = new TextField();
    private final ComboBox<KindFields.FeedbackSource> source = new ComboBox<>();
    private final ComboBox<KindFields.Sentiment> sentiment = new ComboBox<>();
    private final ComboBox<KindFields.FollowUp> followUp = new ComboBox<>();
    private int helpedCount;

    KindFieldsEditor(DocumentKind kind, PersonService people, List<PersonSummary> everybody) {
        this.kind = kind;
        this.people = people;
        this.byId = everybody.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        setId("doc-kind-fields");
        switch (kind) {
            case MINUTES -> {
                attendees.setItems(everybody);
                attendees.setItemLabelGenerator(PersonSummary::fullName);
                actionItems.setHelperText(getTranslation("docs.field.actionItems.help"));
                actionItems.setId("doc-action-items");
                field(meetingDate, "docs.field.meetingDate");
                field(attendees, "docs.field.attendees");
                field(agenda, "docs.field.agenda");
                field(decisionsTaken, "docs.field.decisionsTaken");
                field(actionItems, "docs.field.actionItems");
            }
            case DECISION -> {
                decisionStatus.setItems(KindFields.DecisionStatus.values());
                decisionStatus.setItemLabelGenerator(s -> getTranslation("docs.decisionStatus." + s));
                field(context, "docs.field.decisionContext");
                field(decision, "docs.field.decision");
                field(decisionStatus, "docs.field.decisionStatus");
                field(decidedOn, "docs.field.decidedOn");
                field(supersededBy, "docs.field.supersededBy");
            }
            case PROBLEM -> {
                problemStatus.setItems(KindFields.ProblemStatus.values());
                problemStatus.setItemLabelGenerator(s -> getTranslation("docs.problemStatus." + s));
                field(problem, "docs.field.problem");
                field(solution, "docs.field.solution");
                field(problemStatus, "docs.field.problemStatus");
                field(clientProject, "docs.field.clientProject");
            }
            case FEEDBACK -> {
                source.setItems(KindFields.FeedbackSource.values());
                source.setItemLabelGenerator(s -> getTranslation("docs.feedbackSource." + s));
                sentiment.setItems(KindFields.Sentiment.values());
                sentiment.setItemLabelGenerator(s -> getTranslation("docs.sentiment." + s));
                followUp.setItems(KindFields.FollowUp.values());
                followUp.setItemLabelGenerator(s -> getTranslation("docs.followUp." + s));
                field(source, "docs.field.feedbackSource");
                field(sentiment, "docs.field.sentiment");
                field(followUp, "docs.field.followUp");
            }
            case ARTICLE -> setVisible(false);
        }
    }

    private void field(com.vaadin.flow.component.HasLabel component, String key) {
        component.setLabel(getTranslation(key));
        add((com.vaadin.flow.component.Component) component);
    }

    void setValue(KindFields f) {
        helpedCount = f.helpedCount();
        meetingDate.setValue(f.meetingDate());
        agenda.setValue(nullToEmpty(f.agenda()));
        attendees.setValue(f.attendeeIds().stream().map(byId::get).filter(p -> p != null).collect(Collectors.toSet()));
        decisionsTaken.setValue(String.join("\n", f.decisionsTaken()));
        actionItems.setValue(f.actionItems().stream().map(this::actionLine).collect(Collectors.joining("\n")));
        context.setValue(nullToEmpty(f.decisionContext()));
        decision.setValue(nullToEmpty(f.decision()));
        decisionStatus.setValue(f.decisionStatus() == null && kind == DocumentKind.DECISION ? KindFields.DecisionStatus.PROPOSED : f.decisionStatus());
        decidedOn.setValue(f.decidedOn());
        supersededBy.setValue(f.supersededBy() == null ? null : f.supersededBy().intValue());
        problem.setValue(nullToEmpty(f.problem()));
        solution.setValue(nullToEmpty(f.solution()));
        problemStatus.setValue(f.problemStatus() == null && kind == DocumentKind.PROBLEM ? KindFields.ProblemStatus.OPEN : f.problemStatus());
        clientProject.setValue(nullToEmpty(f.clientProject()));
        source.setValue(f.feedbackSource() == null && kind == DocumentKind.FEEDBACK ? KindFields.FeedbackSource.CLIENT : f.feedbackSource());
        sentiment.setValue(f.sentiment() == null && kind == DocumentKind.FEEDBACK ? KindFields.Sentiment.NEUTRAL : f.sentiment());
        followUp.setValue(f.followUp() == null && kind == DocumentKind.FEEDBACK ? KindFields.FollowUp.TO_DO : f.followUp());
    }

    KindFields value() {
        Set<Long> attendeeIds = new HashSet<>();
        attendees.getValue().forEach(p -> attendeeIds.add(p.id()));
        List<String> decisions = decisionsTaken.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new KindFields(meetingDate.getValue(), agenda.getValue(), attendeeIds, decisions, actions(),
                context.getValue(), decision.getValue(), decisionStatus.getValue(), decidedOn.getValue(),
                supersededBy.getValue() == null ? null : supersededBy.getValue().longValue(), problem.getValue(),
                solution.getValue(), problemStatus.getValue(), clientProject.getValue(), helpedCount,
                source.getValue(), sentiment.getValue(), followUp.getValue());
    }

    private List<KindFields.ActionItem> actions() {
        List<KindFields.ActionItem> items = new ArrayList<>();
        for (String line : actionItems.getValue().lines().toList()) {
            Matcher m = ACTION.matcher(line);
            if (line.isBlank() || !m.matches() || m.group(2).isBlank()) {
                continue;
            }
            Long assignee = m.group(3) == null ? null : people.findByHandle(m.group(3)).map(PersonRef::id).orElse(null);
            LocalDate due = null;
            try {
                due = m.group(4) == null ? null : LocalDate.parse(m.group(4));
            } catch (DateTimeParseException ignored) {
                // an impossible date is kept out rather than refusing the whole save
            }
            items.add(new KindFields.ActionItem(m.group(2).strip(), assignee, due, m.group(1) != null && !m.group(1).isBlank()));
        }
        return items;
    }

    private String actionLine(KindFields.ActionItem item) {
        PersonSummary assignee = item.assigneeId() == null ? null : byId.get(item.assigneeId());
        return "[" + (item.done() ? "x" : " ") + "] " + item.text()
                + (assignee == null ? "" : " @" + assignee.email().substring(0, assignee.email().indexOf('@')))
                + (item.dueDate() == null ? "" : " " + item.dueDate());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
