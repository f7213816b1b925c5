package io.relais.people.internal;

import java.time.LocalDate;

/** A person form that passed {@link PersonForms}: trimmed, bounded, well-formed. */
public record ValidPerson(
        String firstName,
        String lastName,
        String email,
        String jobTitle,
        Long teamId,
        Long managerId,
        LocalDate startDate,
        String location,
        String timeZone) {
}
