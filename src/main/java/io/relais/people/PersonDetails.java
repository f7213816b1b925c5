package io.relais.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A person's profile, with their manager and direct reports. */
public record PersonDetails(
        long id,
        long version,
        String firstName,
        String lastName,
        String email,
        String jobTitle,
        Long teamId,
        String teamName,
        PersonRef manager,
        List<PersonRef> reports,
        LocalDate startDate,
        String location,
        ZoneId timeZone,
        boolean active) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String initials() {
        return Initials.of(firstName, lastName);
    }

    /** The values an editor starts from. */
    public PersonForm toForm() {
        return new PersonForm(firstName, lastName, email, jobTitle, teamId,
                manager == null ? null : manager.id(), startDate, location, timeZone.getId());
    }
}
