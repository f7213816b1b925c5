package io.relais.clients;

import io.relais.people.PersonRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as one reader may see it.
 *
 * @param canEdit whether the reader may edit the project itself
 * @param canWriteTasks whether the reader may create, edit and move its tasks
 * @param canSeeInvoices whether the reader sees the project's invoices
 */
public record ProjectDetails(long id, long version, long clientId, String clientName, String name,
        String description, String descriptionHtml, PersonRef owner, List<PersonRef> members,
        ProjectStatus status, LocalDate startDate, LocalDate endDate, BigDecimal budgetDays,
        boolean canEdit, boolean canWriteTasks, boolean canSeeInvoices) {

    public ProjectForm toForm() {
        return new ProjectForm(clientId, name, description, owner.id(),
                java.util.Set.copyOf(members.stream().map(PersonRef::id).toList()), startDate, endDate, status,
                budgetDays);
    }
}
