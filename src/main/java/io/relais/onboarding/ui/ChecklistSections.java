package io.relais.onboarding.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ChecklistWork;
import io.relais.onboarding.ReviewEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole checklist, section by section, in the template's order. */
class ChecklistSections extends VerticalLayout {

    ChecklistSections(List<ChecklistItem> items, List<ReviewEntry> audit, ChecklistWork work, LocalDate today,
            ZoneId zone, Runnable changed) {
        setPadding(false);
        setId("checklist");
        Map<String, List<ChecklistItem>> sections = new LinkedHashMap<>();
        items.forEach(item -> sections.computeIfAbsent(item.section(), s -> new java.util.ArrayList<>()).add(item));
        sections.forEach((section, sectionItems) -> {
            add(new H3(section));
            Div cards = new Div();
            cards.addClassName("relais-cards");
            sectionItems.forEach(item -> cards.add(new ItemCard(item, audit, work, today, zone, changed)));
            add(cards);
        });
    }
}
