package io.relais.people;

import java.time.LocalDate;

/** Published when a person joins the directory (calendars schedule newcomer 1:1s from it). */
public record PersonCreated(long personId, LocalDate startDate) {
}
