package io.relais.docs;

import java.time.LocalDate;

/** A document's views on one day: all of them, and how many different people. */
public record DailyViews(LocalDate day, int views, int uniqueViewers) {
}
