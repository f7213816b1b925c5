package io.relais.docs.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A document's views on one day, as the rankings read them (written by {@link ViewCounter}).
 * Mapped so the rankings can join it in the same permission-filtered queries as documents.
 */
@Entity
@Immutable
@Table(name = "document_view_day")
@IdClass(ViewDay.Key.class)
public class ViewDay {

    @Id
    private long documentId;
    @Id
    private LocalDate day;
    private int views;
    private int uniqueViewers;

    protected ViewDay() {
    }

    public record Key(long documentId, LocalDate day) implements Serializable {
    }
}
