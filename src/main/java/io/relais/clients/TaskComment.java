package io.relais.clients;

import io.relais.people.PersonRef;
import java.time.Instant;

/** A comment on a task, its Markdown rendered and sanitized. */
public record TaskComment(long id, PersonRef author, String html, Instant createdAt) {
}
