package io.relais.docs;

import io.relais.people.PersonRef;
import java.time.Instant;

/** A reader's private "was this helpful?" answer, as the document's owner reads it. */
public record HelpfulNoteView(PersonRef author, boolean helpful, String reason, Instant createdAt) {
}
