package io.relais.rituals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.relais.people.PersonRef;
import io.relais.platform.CurrentUser;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import io.relais.rituals.MeetingDetails;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualOccurrence;
import io.relais.rituals.RitualOutcomes;
import io.relais.rituals.RitualService;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * One ritual meeting: when, with whom, its minutes, and how it went. Its people (and HR) record
 * whether it was held and the time it took; trio members can leave or rejoin the Monday trios.
 * Linked from the meeting's event, its minutes and the notifications.
 */
@Route("rituals/meetings/:id([0-9]{1,18})")
@PermitAll
public class RitualMeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String HELD = "held";
    static final String NOT_HELD = "not-held";
    static final String UNKNOWN = "unknown";

    private final RitualOutcomes outcomes;
    private final RitualService rituals;
    private final CurrentUser currentUser;
    private MeetingDetails meeting;

    public RitualMeetingView(RitualOutcomes outcomes, RitualService rituals, CurrentUser currentUser) {
        this.outcomes = outcomes;
        this.rituals = rituals;
        this.currentUser = currentUser;
        addClassName("relais-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        try {
            meeting = outcomes.meeting(id);
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        RitualOccurrence outcome = meeting.outcome();
        H2 title = new H2(meeting.title());
        title.setId("meeting-title");
        Span when = new Span(Formats.dateTime(outcome.start(), meeting.zone(), getLocale()) + " – "
                + Formats.time(outcome.end(), meeting.zone(), getLocale()) + " (" + meeting.zone().getId() + ")");
        when.setId("meeting-when");
        Span who = new Span(getTranslation("rituals.meeting.with",
                meeting.participants().stream().map(PersonRef::fullName).collect(Collectors.joining(", "))));
        who.setId("meeting-people");
        add(title, when, who, new Paragraph(meeting.purpose()));
        HorizontalLayout links = new HorizontalLayout();
        if (meeting.minutesPath() != null) {
            Anchor minutes = new Anchor(meeting.minutesPath(), getTranslation("rituals.meeting.minutes"));
            minutes.setId("meeting-minutes");
            links.add(minutes);
        }
        Anchor calendar = new Anchor(meeting.calendarPath(), getTranslation("rituals.meeting.calendar"));
        calendar.setId("meeting-calendar");
        links.add(calendar);
        add(links, status(outcome));
        if (outcome.cancelled()) {
            add(new Span(getTranslation("rituals.meeting.cancelled")));
        } else if (meeting.mayRecord() && meeting.started()) {
            add(recordForm(outcome));
        } else if (meeting.mayRecord()) {
            add(new Span(getTranslation("rituals.meeting.not-yet")));
        }
        boolean trioMember = outcome.kind() == RitualKind.MONDAY_TRIOS && currentUser.get()
                .map(p -> p.personId()).map(outcome.participantIds()::contains).orElse(false);
        if (trioMember) {
            add(trioChoice());
        }
    }

    private Span status(RitualOccurrence outcome) {
        String held = outcome.held() == null ? "rituals.status.held-unknown"
                : outcome.held() ? "rituals.status.held" : "rituals.status.not-held";
        String budget = outcome.withinBudget() == null ? "rituals.status.budget-unknown"
                : outcome.withinBudget() ? "rituals.status.within-budget" : "rituals.status.over-budget";
        String minutes = outcome.minutesWithin24h() == null ? "rituals.status.minutes-pending"
                : outcome.minutesWithin24h() ? "rituals.status.minutes-on-time" : "rituals.status.minutes-late";
        Span status = new Span(getTranslation(held) + " · " + getTranslation(budget, outcome.budgetMinutes()) + " · "
                + getTranslation(minutes));
        status.setId("meeting-status");
        return status;
    }

    private VerticalLayout recordForm(RitualOccurrence outcome) {
        RadioButtonGroup<String> held = new RadioButtonGroup<>(getTranslation("rituals.meeting.held"));
        held.setItems(HELD, NOT_HELD, UNKNOWN);
        held.setItemLabelGenerator(choice -> getTranslation("rituals.meeting.held." + choice));
        held.setValue(outcome.held() == null ? UNKNOWN : outcome.held() ? HELD : NOT_HELD);
        held.setId("meeting-held");
        IntegerField used = new IntegerField(getTranslation("rituals.meeting.minutes-used"));
        used.setHelperText(getTranslation("rituals.meeting.budget", outcome.budgetMinutes()));
        used.setValue(outcome.minutesUsed());
        used.setMin(0);
        used.setId("meeting-minutes-used");
        Button save = new Button(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        save.addClickListener(click -> {
            Boolean value = switch (held.getValue()) {
                case HELD -> Boolean.TRUE;
                case NOT_HELD -> Boolean.FALSE;
                default -> null;
            };
            try {
                outcomes.record(meeting.id(), value, used.getValue());
                meeting = outcomes.meeting(meeting.id());
                Toasts.success("rituals.meeting.recorded");
                render();
            } catch (UserFacingException refusal) {
                if ("minutesUsed".equals(refusal.field())) {
                    used.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                    used.setInvalid(true);
                } else {
                    Toasts.error(refusal);
                }
            }
        });
        VerticalLayout form = new VerticalLayout(held, used, save);
        form.setPadding(false);
        return form;
    }

    private Checkbox trioChoice() {
        Checkbox takePart = new Checkbox(getTranslation("rituals.meeting.take-part"), !rituals.optedOutOfTrios());
        takePart.setId("trio-take-part");
        takePart.addValueChangeListener(change -> {
            rituals.setTrioOptOut(!change.getValue());
            Toasts.success(change.getValue() ? "rituals.trios.rejoined" : "rituals.trios.left");
        });
        return takePart;
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("menu.rituals") : meeting.title();
    }
}
