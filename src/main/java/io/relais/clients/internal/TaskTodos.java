package io.relais.clients.internal;

import io.relais.clients.TaskPaths;
import io.relais.clients.TaskStatus;
import io.relais.todo.LinkedTodo;
import io.relais.todo.TodoService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keeps each assigned task on its assignee's personal to-do list: wording, due date and done
 * state follow the task; a new assignee gets it, an unassigned task leaves the list.
 */
@Component
public class TaskTodos {

    static final String SOURCE_PREFIX = "projects:task:";

    private final TodoService todos;

    TaskTodos(TodoService todos) {
        this.todos = todos;
    }

    /**
     * Call it last in a write, after flushing: taking an item off a list may clear the persistence
     * context, so the caller reads its entities again afterwards.
     */
    public void sync(Task task) {
        String source = SOURCE_PREFIX + task.getId();
        if (task.getAssigneeId() == null) {
            todos.removeLinked(source);
            return;
        }
        Project project = task.getProject();
        todos.syncLinked(new LinkedTodo(source, task.getAssigneeId(), task.getTitle(), task.getDueDate(),
                TaskPaths.of(task.getId()), project.getClient().getName() + " — " + project.getName(),
                task.getStatus() == TaskStatus.DONE));
    }

    /** The task a to-do list item stands for, if it is one of ours. */
    public static Optional<Long> taskId(String source) {
        if (source == null || !source.startsWith(SOURCE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(source.substring(SOURCE_PREFIX.length())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
