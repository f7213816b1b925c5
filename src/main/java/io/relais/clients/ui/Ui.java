package io.relais.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import io.relais.clients.DocumentRef;
import io.relais.clients.TimelineEntry;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.ui.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small pieces the client module's views share. */
final class Ui {

    private Ui() {
    }

    /**
     * A link to the search page filtered on a client or project facet: everything the company
     * wrote about it (documents, projects, tasks, contacts), as far as the reader may open it.
     */
    static Anchor searchAll(String facet, String value, String label, String id) {
        Anchor link = new Anchor("search?" + QueryParameters.simple(Map.of(facet, value)).getQueryString(), "");
        link.add(VaadinIcon.SEARCH.create(), new Span(label));
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        link.setId(id);
        return link;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    static String days(BigDecimal days, Locale locale) {
        return days == null ? "—" : NumberFormat.getNumberInstance(locale).format(days);
    }

    /** A picker of active people, by name. */
    static ComboBox<PersonSummary> personPicker(PersonService people) {
        ComboBox<PersonSummary> picker = new ComboBox<>();
        picker.setItems(people.activePeople());
        picker.setItemLabelGenerator(PersonSummary::fullName);
        picker.setClearButtonVisible(true);
        return picker;
    }

    static void select(ComboBox<PersonSummary> picker, Long personId) {
        if (personId != null) {
            picker.getListDataView().getItems().filter(p -> p.id() == personId).findFirst().ifPresent(picker::setValue);
        }
    }

    /** Documents of the hub, as links with their kind and date. */
    static Component documents(List<DocumentRef> documents, String emptyText, Locale locale) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (documents.isEmpty()) {
            Span empty = new Span(emptyText);
            empty.addClassName("relais-muted");
            list.add(empty);
        }
        for (DocumentRef document : documents) {
            Anchor link = new Anchor(document.path(), document.title());
            Span kind = badge(list.getTranslation("docs.kind." + document.kind()), "contrast small");
            Span date = new Span(Formats.dateTime(document.updatedAt(), ZoneId.systemDefault(), locale));
            date.addClassName("relais-muted");
            Div line = new Div(kind, new Span(" "), link, new Span(" · "), date);
            line.addClassName("clients-document");
            list.add(line);
        }
        return list;
    }

    /** An activity feed, most recent first, in words. */
    static Component timeline(List<TimelineEntry> entries, String emptyText, Locale locale) {
        VerticalLayout feed = new VerticalLayout();
        feed.setPadding(false);
        feed.setSpacing(false);
        feed.addClassName("clients-timeline");
        if (entries.isEmpty()) {
            Span empty = new Span(emptyText);
            empty.addClassName("relais-muted");
            feed.add(empty);
        }
        for (TimelineEntry entry : entries) {
            String who = entry.actor() == null ? feed.getTranslation("clients.activity.system") : entry.actor().fullName();
            String status = entry.status() == null ? "" : feed.getTranslation("projects.task-status." + entry.status());
            String what = feed.getTranslation("clients.activity." + entry.action(), who,
                    entry.detail() == null ? "" : entry.detail(), status);
            Span when = new Span(Formats.dateTime(entry.occurredAt(), ZoneId.systemDefault(), locale));
            when.addClassName("relais-muted");
            Div line = new Div(when, new Span(" — "));
            if (entry.taskId() != null) {
                line.add(new Anchor("tasks/" + entry.taskId(), what));
            } else {
                line.add(new Span(what));
            }
            if (entry.projectName() != null) {
                Span project = new Span(" · " + entry.projectName());
                project.addClassName("relais-muted");
                line.add(project);
            }
            feed.add(line);
        }
        return feed;
    }
}
