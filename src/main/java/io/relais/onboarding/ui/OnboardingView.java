package io.relais.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.relais.onboarding.ChecklistWork;
import io.relais.onboarding.OnboardingDetails;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.ReviewEntry;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * One checklist, for HR and the people taking part: who takes part, progress, every item with
 * what the reader may do, and the audit trail. HR moves the start date here.
 */
@Route("onboarding")
@PermitAll
public class OnboardingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final OnboardingService onboardings;
    private final ChecklistWork work;
    private final Clock clock;
    private long id;
    private OnboardingDetails details;

    public OnboardingView(OnboardingService onboardings, ChecklistWork work, Clock clock) {
        this.onboardings = onboardings;
        this.work = work;
        this.clock = clock;
        addClassName("relais-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        render();
    }

    private void render() {
        try {
            details = onboardings.get(id);
        } catch (io.relais.platform.NotFoundException missing) {
            throw new NotFoundException();
        }
        removeAll();
        LocalDate today = LocalDate.now(clock);
        H2 title = new H2(getTranslation("onboarding.checklist.title." + details.purpose(), details.personName()));
        title.setId("checklist-title");
        Span template = new Span(getTranslation("onboarding.checklist.template", details.templateName(),
                details.templateVersion(), Formats.longDate(details.startDate(), getLocale())));
        template.addClassName("relais-muted");
        add(title, template, OnboardingUi.progress(details.doneCount(), details.items().size(), "checklist-progress"));
        if (details.completedAt() != null) {
            add(OnboardingUi.badge(getTranslation("onboarding.checklist.finished",
                    Formats.dateTime(details.completedAt(), clock.getZone(), getLocale())), "success"));
        }
        Div people = new Div();
        people.setId("checklist-people");
        details.participants().forEach(p -> people.add(new Div(new Span(getTranslation("onboarding.party." + p.role()) + " : "),
                new Anchor("/people/" + p.personId(), p.fullName()))));
        add(people);
        if (details.canManage() && details.completedAt() == null) {
            add(reschedule());
        }
        add(new ChecklistSections(details.items(), details.audit(), work, today, clock.getZone(), this::render));
        add(new H3(getTranslation("onboarding.checklist.audit")));
        Div trail = new Div();
        trail.setId("checklist-audit");
        for (ReviewEntry entry : details.audit()) {
            String item = entry.itemId() == null ? "" : details.items().stream()
                    .filter(i -> i.id() == entry.itemId()).findFirst().map(i -> " — " + i.title()).orElse("");
            Div line = new Div(new Span(getTranslation("onboarding.audit." + entry.action(),
                    entry.actorName() == null ? "—" : entry.actorName(),
                    Formats.dateTime(entry.at(), clock.getZone(), getLocale())) + item));
            trail.add(line);
        }
        add(trail);
    }

    private HorizontalLayout reschedule() {
        DatePicker start = new DatePicker(getTranslation("onboarding.field.start-date"), details.startDate());
        start.setId("checklist-start");
        start.setLocale(getLocale());
        Button move = new Button(getTranslation("onboarding.action.reschedule"));
        move.setId("checklist-reschedule");
        move.addClickListener(click -> {
            try {
                onboardings.reschedule(id, details.version(), start.getValue());
                Toasts.success("onboarding.done.rescheduled");
                render();
            } catch (UserFacingException refusal) {
                start.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                start.setInvalid(true);
            }
        });
        HorizontalLayout layout = new HorizontalLayout(start, move);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("onboarding.menu.mine")
                : getTranslation("onboarding.checklist.title." + details.purpose(), details.personName());
    }
}
