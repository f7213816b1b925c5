package io.relais.rituals.internal;

import io.relais.platform.UserFacingException;
import io.relais.rituals.ParticipantsRule;
import io.relais.rituals.RitualForm;
import io.relais.rituals.RitualKind;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/** Checks what HR typed for a ritual and turns it into values; every refusal names its field. */
public final class RitualForms {

    static final int MAX_TITLE = 120;
    static final int MAX_PURPOSE = 1000;
    static final int MAX_TEMPLATE = 20_000;
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 240;
    static final int MAX_DAY_NUMBER = 365;

    private RitualForms() {
    }

    /**
     * @param knownTeams the ids of existing teams
     * @param activePerson whether an id is an active person of the directory
     */
    public static Ritual.Values values(RitualKind kind, RitualForm form, Set<Long> knownTeams, LongPredicate activePerson) {
        String title = text(form.title(), "title", MAX_TITLE);
        String purpose = text(form.purpose(), "purpose", MAX_PURPOSE);
        if (kind != RitualKind.NEWCOMER_ONE_ON_ONES && form.dayOfWeek() == null) {
            throw new UserFacingException("dayOfWeek", "rituals.error.required");
        }
        if (form.localTime() == null) {
            throw new UserFacingException("localTime", "rituals.error.required");
        }
        if (form.durationMinutes() == null || form.durationMinutes() < MIN_MINUTES || form.durationMinutes() > MAX_MINUTES) {
            throw new UserFacingException("durationMinutes", "rituals.error.duration", MIN_MINUTES, MAX_MINUTES);
        }
        ZoneId zone = zone(form.zone());
        ParticipantsRule rule = form.participants() == null ? ParticipantsRule.EVERYBODY : form.participants();
        if (rule == ParticipantsRule.TEAMS && (form.teamIds().isEmpty() || !knownTeams.containsAll(form.teamIds()))) {
            throw new UserFacingException("teamIds", "rituals.error.teams");
        }
        String template = form.minutesTemplate() == null ? "" : form.minutesTemplate().strip();
        if (template.length() > MAX_TEMPLATE) {
            throw new UserFacingException("minutesTemplate", "rituals.error.too-long", MAX_TEMPLATE);
        }
        if (form.hostId() != null && !activePerson.test(form.hostId())) {
            throw new UserFacingException("hostId", "rituals.error.host");
        }
        if (kind == RitualKind.FRIDAY_ALL_HANDS && form.active() && form.hostId() == null) {
            throw new UserFacingException("hostId", "rituals.error.host-required");
        }
        List<Integer> days = kind == RitualKind.NEWCOMER_ONE_ON_ONES ? dayNumbers(form.dayNumbers()) : List.of();
        return new Ritual.Values(title, purpose, kind == RitualKind.NEWCOMER_ONE_ON_ONES ? null : form.dayOfWeek(),
                form.localTime().withSecond(0).withNano(0), form.durationMinutes(), zone, rule, form.teamIds(), template,
                form.active(), form.hostId(), days);
    }

    private static String text(String value, String field, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new UserFacingException(field, "rituals.error.required");
        }
        if (stripped.length() > max) {
            throw new UserFacingException(field, "rituals.error.too-long", max);
        }
        return stripped;
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone == null || zone.isBlank() ? "Europe/Paris" : zone.strip());
        } catch (DateTimeException e) {
            throw new UserFacingException("zone", "rituals.error.zone");
        }
    }

    private static List<Integer> dayNumbers(List<Integer> days) {
        if (days.isEmpty() || days.stream().anyMatch(d -> d == null || d < 1 || d > MAX_DAY_NUMBER)
                || new HashSet<>(days).size() != days.size()) {
            throw new UserFacingException("dayNumbers", "rituals.error.day-numbers", MAX_DAY_NUMBER);
        }
        return days.stream().sorted().toList();
    }
}
