package io.relais.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A project as typed; the client never changes after creation. */
public record ProjectForm(long clientId, String name, String description, Long ownerId, Set<Long> memberIds,
        LocalDate startDate, LocalDate endDate, ProjectStatus status, BigDecimal budgetDays) {

    public ProjectForm {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
