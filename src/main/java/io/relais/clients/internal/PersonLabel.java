package io.relais.clients.internal;

import io.relais.people.PersonRef;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of people's names, so a page of tasks or projects names their people in one
 * query instead of one directory call per row. The people module owns and writes the table.
 */
@Entity(name = "ClientPersonLabel")
@Immutable
@Table(name = "person")
public class PersonLabel {

    @Id
    private Long id;
    private String firstName;
    private String lastName;

    protected PersonLabel() {
    }

    public PersonRef ref() {
        return new PersonRef(id, firstName + " " + lastName,
                (firstName.substring(0, 1) + lastName.substring(0, 1)).toUpperCase(java.util.Locale.ROOT));
    }

    public Long getId() {
        return id;
    }
}
