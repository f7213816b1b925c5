package io.relais.demo;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One demo document as it will be written: its first revision by its author, then its later
 * edits, each at its own past moment. Bodies may link to an earlier demo document by title with
 * {@code {{doc:Title}}}, turned into a {@code [[slug]]} link once that document exists.
 */
final class DemoDraft {

    /** A later save: its body and fields replace the previous ones. */
    record Edit(DemoPeople.Member editor, LocalDateTime at, String body, KindFields fields, LocalDate reviewBy) {
    }

    final DocumentKind kind;
    /** A team index, or {@link DemoStory#COMPANY} for the company-wide space. */
    final int space;
    final DemoPeople.Member author;
    final LocalDateTime at;
    final String title;
    String body = "";
    Visibility visibility = Visibility.COMPANY;
    Set<Long> readerIds = Set.of();
    List<String> tags = List.of();
    LocalDate reviewBy;
    KindFields fields = KindFields.EMPTY;
    /** The title of an older decision this one replaces (it becomes superseded when this one is decided). */
    String supersedes;
    final List<Edit> edits = new ArrayList<>();

    DemoDraft(DocumentKind kind, int space, DemoPeople.Member author, LocalDateTime at, String title) {
        this.kind = kind;
        this.space = space;
        this.author = author;
        this.at = at;
        this.title = title;
    }

    DemoDraft body(String markdown) {
        this.body = markdown;
        return this;
    }

    DemoDraft tags(List<String> names) {
        this.tags = List.copyOf(names);
        return this;
    }

    DemoDraft fields(KindFields kindFields) {
        this.fields = kindFields;
        return this;
    }

    DemoDraft visibility(Visibility who, Set<Long> readers) {
        this.visibility = who;
        this.readerIds = Set.copyOf(readers);
        return this;
    }

    DemoDraft reviewBy(LocalDate date) {
        this.reviewBy = date;
        return this;
    }

    DemoDraft edit(DemoPeople.Member editor, LocalDateTime when, String newBody, KindFields newFields, LocalDate newReviewBy) {
        if (!when.isAfter(lastSavedAt())) {
            throw new IllegalArgumentException("Edits follow each other: " + title);
        }
        edits.add(new Edit(editor, when, newBody, newFields, newReviewBy));
        return this;
    }

    LocalDateTime lastSavedAt() {
        return edits.isEmpty() ? at : edits.getLast().at();
    }

    String lastBody() {
        return edits.isEmpty() ? body : edits.getLast().body();
    }

    KindFields lastFields() {
        return edits.isEmpty() ? fields : edits.getLast().fields();
    }

    LocalDate lastReviewBy() {
        return edits.isEmpty() ? reviewBy : edits.getLast().reviewBy();
    }

    @Override
    public String toString() {
        return kind + " " + at + " " + title;
    }
}
