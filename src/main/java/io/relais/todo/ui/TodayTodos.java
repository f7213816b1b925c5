package io.relais.todo.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import io.relais.todo.TodoFilter;
import io.relais.todo.TodoItem;
import io.relais.todo.TodoService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The home page's share of "my day": the signed-in person's open items due today or overdue,
 * most urgent first, tickable in place, with a link to the whole list.
 */
public class TodayTodos extends Div {

    static final int SHOWN = 8;

    private final TodoService todos;
    private final Clock clock;

    public TodayTodos(TodoService todos, Clock clock) {
        this.todos = todos;
        this.clock = clock;
        setId("today-todos");
        refresh();
    }

    private void refresh() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> due = todos.page(TodoFilter.DUE_TODAY, 0, SHOWN);
        if (due.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("todo.today.nothing"));
            nothing.addClassName("relais-muted");
            add(nothing);
        }
        for (TodoItem item : due) {
            add(line(item, today));
        }
        long total = todos.count(TodoFilter.DUE_TODAY);
        RouterLink all = new RouterLink(total > SHOWN ? getTranslation("todo.today.more", total - SHOWN)
                : getTranslation("todo.today.all"), TodosView.class);
        all.setId("today-todos-all");
        add(new Div(all));
    }

    private HorizontalLayout line(TodoItem item, LocalDate today) {
        Checkbox box = new Checkbox(item.title());
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                todos.setDone(item.id(), change.getValue());
                refresh();
            }
        });
        HorizontalLayout line = new HorizontalLayout(box, DueBadge.of(item, today, getLocale()));
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setSpacing(true);
        var link = TodoLink.of(item);
        if (link != null) {
            line.add(link);
        }
        return line;
    }
}
