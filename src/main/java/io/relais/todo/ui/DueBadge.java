package io.relais.todo.ui;

import com.vaadin.flow.component.html.Span;
import io.relais.platform.ui.Formats;
import io.relais.todo.TodoItem;
import java.time.LocalDate;
import java.util.Locale;

/** The due date of an item, flagged when it is today or already past. */
final class DueBadge {

    private DueBadge() {
    }

    static Span of(TodoItem item, LocalDate today, Locale locale) {
        Span badge = new Span();
        if (item.dueDate() == null) {
            return badge;
        }
        if (item.overdue(today)) {
            badge.setText(badge.getTranslation("todo.due.overdue", Formats.date(item.dueDate(), locale)));
            badge.getElement().getThemeList().add("badge error");
        } else if (item.dueToday(today)) {
            badge.setText(badge.getTranslation("todo.due.today"));
            badge.getElement().getThemeList().add("badge");
        } else {
            badge.setText(Formats.date(item.dueDate(), locale));
            badge.addClassName("relais-muted");
        }
        return badge;
    }
}
