package io.relais.clients;

import io.relais.people.PersonRef;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a list of projects. */
public record ProjectSummary(long id, long clientId, String clientName, String name, PersonRef owner,
        ProjectStatus status, LocalDate startDate, LocalDate endDate, BigDecimal budgetDays, long openTasks) {

    public String label() {
        return IndexableClientItem.projectLabel(clientName, name);
    }
}
