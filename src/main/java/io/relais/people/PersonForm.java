package io.relais.people;

import java.time.LocalDate;

/**
 * What HR types to create or edit a person. Deliberately unvalidated: {@link PersonService}
 * checks every field and answers with translated messages.
 */
public record PersonForm(
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
