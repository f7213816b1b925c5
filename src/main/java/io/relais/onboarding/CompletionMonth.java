package io.relais.onboarding;

import java.time.YearMonth;

/** Items and checklists finished in one month: the dashboard's chart. */
public record CompletionMonth(YearMonth month, long itemsDone, long checklistsFinished) {
}
