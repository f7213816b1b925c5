package io.relais.rituals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.Roles;
import io.relais.platform.ui.Toasts;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualPlanning;
import io.relais.rituals.RitualService;
import io.relais.rituals.RitualSettings;
import io.relais.rituals.WeekPlan;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HR and administrators set up the rituals (day, time, time budget, who takes part, minutes
 * template, on or off), see who left the Monday trios, and plan next week at once instead of
 * waiting for the weekly job.
 */
@Route("admin/rituals")
@Menu(order = 26, title = "menu.rituals", icon = "vaadin:coffee")
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class RitualsView extends VerticalLayout implements HasDynamicTitle {

    private final RitualService rituals;
    private final RitualPlanning planning;

    public RitualsView(RitualService rituals, RitualPlanning planning, PersonService people) {
        this.rituals = rituals;
        this.planning = planning;
        addClassName("relais-page");
        List<PersonSummary> everybody = people.activePeople();
        Button planNow = new Button(getTranslation("rituals.plan-next-week"), VaadinIcon.CALENDAR_CLOCK.create());
        planNow.addClickListener(click -> planNextWeek(planNow));
        planNow.setId("plan-next-week");
        planNow.setDisableOnClick(true);
        add(new Paragraph(getTranslation("rituals.intro")), planNow);
        for (RitualSettings settings : rituals.rituals()) {
            add(new H3(getTranslation("rituals.kind." + settings.kind().name())),
                    new RitualEditor(rituals, settings, people.teams(), everybody));
        }
        add(optOuts(everybody));
    }

    private void planNextWeek(Button planNow) {
        try {
            WeekPlan plan = planning.planNextWeek();
            Toasts.success("rituals.planned", plan.monday().toString(), plan.trios(), plan.peopleInTrios(),
                    getTranslation(plan.allHandsPlanned() ? "rituals.planned.all-hands" : "rituals.planned.no-all-hands"));
        } finally {
            planNow.setEnabled(true);
        }
    }

    /** Who left the Monday trios; HR records somebody's choice here. */
    private MultiSelectComboBox<PersonSummary> optOuts(List<PersonSummary> everybody) {
        MultiSelectComboBox<PersonSummary> optedOut = new MultiSelectComboBox<>(getTranslation("rituals.opt-outs"));
        optedOut.setId("trio-opt-outs");
        optedOut.setWidthFull();
        optedOut.setItems(everybody);
        optedOut.setItemLabelGenerator(PersonSummary::fullName);
        optedOut.setHelperText(getTranslation("rituals.opt-outs.help",
                getTranslation("rituals.kind." + RitualKind.MONDAY_TRIOS.name())));
        Set<Long> ids = new HashSet<>(rituals.trioOptOuts());
        optedOut.setValue(everybody.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toSet()));
        optedOut.addValueChangeListener(change -> {
            Set<Long> now = change.getValue().stream().map(PersonSummary::id).collect(Collectors.toSet());
            Set<Long> before = change.getOldValue().stream().map(PersonSummary::id).collect(Collectors.toSet());
            now.stream().filter(id -> !before.contains(id)).forEach(id -> rituals.setTrioOptOut(id, true));
            before.stream().filter(id -> !now.contains(id)).forEach(id -> rituals.setTrioOptOut(id, false));
            Toasts.success("rituals.saved");
        });
        return optedOut;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.rituals");
    }
}
