package io.relais.search.internal.lucene;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The dates {@code before:} and {@code after:} accept: {@code 2025-03-14}, {@code 2025-03} or
 * {@code 2025}. "Before 2025" means before its first day; "after 2025" after its last.
 */
final class Dates {

    private Dates() {
    }

    static Optional<LocalDate> start(String text) {
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> Year.parse(text).atDay(1);
                case 7 -> YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text);
            });
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> end(String text) {
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> Year.parse(text).atMonth(12).atEndOfMonth();
                case 7 -> YearMonth.parse(text).atEndOfMonth();
                default -> LocalDate.parse(text);
            });
        } catch (DateTimeParseException invalid) {
            return Optional.empty();
        }
    }
}
