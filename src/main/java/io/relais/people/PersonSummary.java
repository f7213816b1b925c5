package io.relais.people;

import java.time.LocalDate;

/** One line of the directory. */
public record PersonSummary(
        long id,
        String firstName,
        String lastName,
        String email,
        String jobTitle,
        Long teamId,
        String teamName,
        LocalDate startDate,
        boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String initials() {
        return Initials.of(firstName, lastName);
    }
}
