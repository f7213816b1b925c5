package io.relais.people.internal;

import io.relais.people.PersonForm;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Turns what HR typed into a {@link ValidPerson}, or refuses with a translated reason. */
public final class PersonForms {

    static final int NAME_MAX = 100;
    static final int TITLE_MAX = 120;
    static final int LOCATION_MAX = 120;

    private PersonForms() {
    }

    public static ValidPerson validate(PersonForm form) {
        String firstName = TextInput.required("firstName", form.firstName(), NAME_MAX);
        String lastName = TextInput.required("lastName", form.lastName(), NAME_MAX);
        String rawEmail = TextInput.required("email", form.email(), 254);
        String email = EmailAddresses.normalise("email", rawEmail);
        String jobTitle = TextInput.optional("jobTitle", form.jobTitle(), TITLE_MAX);
        String location = TextInput.optional("location", form.location(), LOCATION_MAX);
        if (form.startDate() == null) {
            throw new UserFacingException("startDate", "validation.required");
        }
        String zone = form.timeZone() == null || form.timeZone().isBlank() ? "Europe/Paris" : form.timeZone().strip();
        try {
            zone = ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new UserFacingException("timeZone", "people.error.time-zone-invalid");
        }
        return new ValidPerson(firstName, lastName, email, jobTitle, form.teamId(), form.managerId(),
                form.startDate(), location, zone);
    }
}
