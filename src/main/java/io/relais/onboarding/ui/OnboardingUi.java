package io.relais.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ItemStatus;
import io.relais.people.PersonFilter;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import java.time.LocalDate;
import java.util.Locale;

/** Small pieces the checklist views share. */
final class OnboardingUi {

    private OnboardingUi() {
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    static Span status(ItemStatus status) {
        String theme = switch (status) {
            case DONE -> "success";
            case IN_REVIEW -> "contrast";
            case CHANGES_REQUESTED -> "error";
            case OPEN -> "";
        };
        return badge(UI.getCurrent().getTranslation("onboarding.status." + status), theme);
    }

    /** The due date, red when past and not done. */
    static Span due(ChecklistItem item, LocalDate today, Locale locale) {
        Span due = badge(UI.getCurrent().getTranslation("onboarding.item.due", Formats.date(item.dueDate(), locale)),
                item.overdue(today) ? "error" : "contrast");
        return due;
    }

    /** "7 of 12 done" with a bar. */
    static VerticalLayout progress(long done, long total, String id) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, total), done);
        bar.setId(id);
        Span text = new Span(UI.getCurrent().getTranslation("onboarding.progress", done, total));
        text.setId(id + "-text");
        VerticalLayout layout = new VerticalLayout(text, bar);
        layout.setPadding(false);
        layout.setSpacing(false);
        return layout;
    }

    /** A lazily searched picker of active people. */
    static ComboBox<PersonSummary> personPicker(PersonService people) {
        ComboBox<PersonSummary> picker = new ComboBox<>();
        picker.setItems(query -> people.page(new PersonFilter(query.getFilter().orElse(""), null, false),
                query.getOffset(), query.getLimit()).stream());
        picker.setItemLabelGenerator(PersonSummary::fullName);
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** Runs an action the service may refuse; a refusal shows as a toast and changes nothing. */
    static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException refusal) {
            Toasts.error(refusal);
            return false;
        }
    }
}
