package io.relais.clients.internal;

import io.relais.people.PersonService;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import org.springframework.stereotype.Component;

/** Checks that a person named in a form (owner, member, assignee) is in the directory and still here. */
@Component
public class ActivePeople {

    private final PersonService directory;

    ActivePeople(PersonService directory) {
        this.directory = directory;
    }

    public void require(String field, long personId) {
        boolean active;
        try {
            active = directory.get(personId).active();
        } catch (NotFoundException missing) {
            throw new UserFacingException(field, "clients.error.no-person");
        }
        if (!active) {
            throw new UserFacingException(field, "clients.error.inactive-person");
        }
    }
}
