package io.relais.people;

import java.time.YearMonth;

/** People in the company at the end of a month. */
public record HeadcountPoint(YearMonth month, long people) {
}
