package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of people's names, so a page of documents shows its owners in the same query
 * instead of one directory call per row. The people module owns and writes the table.
 */
@Entity
@Immutable
@Table(name = "person")
public class PersonName {

    @Id
    private Long id;
    private String firstName;
    private String lastName;

    protected PersonName() {
    }

    public Long getId() {
        return id;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public io.relais.people.PersonRef ref() {
        return new io.relais.people.PersonRef(id, fullName(),
                (firstName.substring(0, 1) + lastName.substring(0, 1)).toUpperCase(java.util.Locale.ROOT));
    }
}
