package io.relais.clients;

import io.relais.people.PersonRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a client's or project's activity feed.
 *
 * @param action what happened ({@code TASK_MOVED}, {@code COMMENTED}, ...), a translation key suffix
 * @param actor {@code null} for the system (overdue detection)
 * @param detail the words that go with it: a task title, an invoice number
 * @param status where a moved task went, {@code null} for other actions
 */
public record TimelineEntry(long id, Instant occurredAt, PersonRef actor, String action, Long projectId,
        String projectName, Long taskId, String detail, TaskStatus status) {

    /** Every action a feed may hold (each one a translation key {@code clients.activity.<action>}). */
    public static final List<String> ACTIONS = actions();

    private static List<String> actions() {
        List<String> actions = new ArrayList<>(List.of("CLIENT_CREATED", "CLIENT_UPDATED", "CONTACT_ADDED",
                "CONTACT_REMOVED", "PROJECT_CREATED", "PROJECT_UPDATED", "TASK_CREATED", "TASK_UPDATED", "TASK_MOVED",
                "COMMENTED", "DOCUMENT_LINKED", "INVOICE_CREATED", "INVOICE_UPDATED", "INVOICE_PDF_ATTACHED"));
        for (ClientStatus status : ClientStatus.values()) {
            actions.add("CLIENT_STATUS_" + status);
        }
        for (ProjectStatus status : ProjectStatus.values()) {
            actions.add("PROJECT_STATUS_" + status);
        }
        for (InvoiceStatus status : InvoiceStatus.values()) {
            actions.add("INVOICE_" + status);
        }
        return List.copyOf(actions);
    }
}
