package io.relais.clients;

/**
 * Filters of the task list; {@code null} means "any".
 *
 * @param mine only the caller's own tasks
 * @param overdueOnly only open tasks whose due date has passed
 * @param openOnly leave done tasks out
 */
public record TaskFilter(Long projectId, Long clientId, Long assigneeId, TaskStatus status, boolean mine,
        boolean overdueOnly, boolean openOnly, String text) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, null, false, false, false, null);

    public static TaskFilter ofProject(long projectId) {
        return new TaskFilter(projectId, null, null, null, false, false, false, null);
    }

    public static TaskFilter openOfClient(long clientId) {
        return new TaskFilter(null, clientId, null, null, false, false, true, null);
    }
}
