package io.relais.onboarding.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settings of checklists ({@code relais.onboarding.*}).
 *
 * @param publicHolidays whose public holidays are not working days: {@code FRANCE} or {@code NONE}
 * @param closedDays further days the company is closed (e.g. the bridge day after Ascension), ISO dates
 */
@ConfigurationProperties(prefix = "relais.onboarding")
public record OnboardingProperties(
        @DefaultValue("FRANCE") WorkingCalendar.PublicHolidays publicHolidays,
        @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> closedDays) {

    public WorkingCalendar calendar() {
        return new WorkingCalendar(publicHolidays, closedDays);
    }
}
