package io.relais.clients;

import java.util.List;

/**
 * Everything the company knows about a client, gathered for its page in one call.
 *
 * @param invoices the invoices the reader may see (all for ADMIN and LEADERSHIP, those of their
 *     own projects for project owners, none otherwise)
 */
public record ClientPage(ClientDetails client, List<Contact> contacts, List<ProjectSummary> projects,
        List<DocumentRef> documents, long documentCount, List<TaskSummary> openTasks, long openTaskCount,
        List<InvoiceSummary> invoices, List<TimelineEntry> timeline) {
}
