package io.relais.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/** Rituals' settings: HR and administrators only, every field checked, edits from a stale version refused. */
@RelaisSpringTest
class RitualServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RitualService rituals;

    private TestUsers users;
    private TestUsers.User hr;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        hr = users.createUser("Rhita", Roles.EMPLOYEE, Roles.HR);
    }

    @Test
    void everybodyReadsTheRitualsOnlyHrAndAdministratorsChangeThem() {
        TestUsers.User employee = users.createUser("Émile", Roles.EMPLOYEE);
        List<RitualSettings> all = users.as(employee.email(), () -> rituals.rituals());
        assertThat(all).extracting(RitualSettings::kind).containsExactly(RitualKind.values());
        RitualSettings trios = all.getFirst();
        assertThatThrownBy(() -> users.as(employee.email(), () -> rituals.update(trios.id(), trios.version(), trios.toForm())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(employee.email(), () -> rituals.trioOptOuts()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void savingKeepsTheValuesAndRefusesAStaleVersion() {
        RitualSettings before = users.as(hr.email(), () -> rituals.ritual(RitualKind.FRIDAY_ALL_HANDS));
        RitualSettings saved = users.as(hr.email(), () -> rituals.update(before.id(), before.version(), before.toForm()));
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(saved.toForm()).isEqualTo(before.toForm());
        assertThatThrownBy(() -> users.as(hr.email(), () -> rituals.update(before.id(), before.version(), before.toForm())))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("error.concurrent-edit");
    }

    @Test
    void everyFieldIsCheckedWithATranslatedMessage() {
        assertRefused(RitualKind.MONDAY_TRIOS, f -> with(f, " ", f.dayOfWeek(), f.durationMinutes(), f.zone(),
                f.participants(), f.teamIds(), f.active(), f.hostId(), f.dayNumbers()), "title", "rituals.error.required");
        assertRefused(RitualKind.MONDAY_TRIOS, f -> with(f, f.title(), null, f.durationMinutes(), f.zone(),
                f.participants(), f.teamIds(), f.active(), f.hostId(), f.dayNumbers()), "dayOfWeek", "rituals.error.required");
        assertRefused(RitualKind.MONDAY_TRIOS, f -> with(f, f.title(), f.dayOfWeek(), 2, f.zone(),
                f.participants(), f.teamIds(), f.active(), f.hostId(), f.dayNumbers()), "durationMinutes", "rituals.error.duration");
        assertRefused(RitualKind.MONDAY_TRIOS, f -> with(f, f.title(), f.dayOfWeek(), f.durationMinutes(), "Mars/Olympus",
                f.participants(), f.teamIds(), f.active(), f.hostId(), f.dayNumbers()), "zone", "rituals.error.zone");
        assertRefused(RitualKind.MONDAY_TRIOS, f -> with(f, f.title(), f.dayOfWeek(), f.durationMinutes(), f.zone(),
                ParticipantsRule.TEAMS, Set.of(), f.active(), f.hostId(), f.dayNumbers()), "teamIds", "rituals.error.teams");
        assertRefused(RitualKind.FRIDAY_ALL_HANDS, f -> with(f, f.title(), f.dayOfWeek(), f.durationMinutes(), f.zone(),
                f.participants(), f.teamIds(), true, null, f.dayNumbers()), "hostId", "rituals.error.host-required");
        assertRefused(RitualKind.NEWCOMER_ONE_ON_ONES, f -> with(f, f.title(), f.dayOfWeek(), f.durationMinutes(), f.zone(),
                f.participants(), f.teamIds(), f.active(), f.hostId(), List.of(1, 1)), "dayNumbers", "rituals.error.day-numbers");
        assertRefused(RitualKind.NEWCOMER_ONE_ON_ONES, f -> with(f, f.title(), f.dayOfWeek(), f.durationMinutes(), f.zone(),
                f.participants(), f.teamIds(), f.active(), f.hostId(), List.of(0, 7)), "dayNumbers", "rituals.error.day-numbers");
    }

    @Test
    void peopleLeaveAndRejoinTheTrios() {
        TestUsers.User person = users.createUser("Odile", Roles.EMPLOYEE);
        users.as(person.email(), () -> rituals.setTrioOptOut(true));
        assertThat(users.as(person.email(), () -> rituals.optedOutOfTrios())).isTrue();
        assertThat(users.as(hr.email(), () -> rituals.trioOptOuts())).contains(person.personId());
        users.as(hr.email(), () -> rituals.setTrioOptOut(person.personId(), false));
        assertThat(users.as(person.email(), () -> rituals.optedOutOfTrios())).isFalse();
    }

    private void assertRefused(RitualKind kind, UnaryOperator<RitualForm> change, String field, String key) {
        RitualSettings current = users.as(hr.email(), () -> rituals.ritual(kind));
        assertThatThrownBy(() -> users.as(hr.email(), () -> rituals.update(current.id(), current.version(),
                change.apply(current.toForm()))))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).field()).isEqualTo(field);
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo(key);
                });
        assertThat(users.as(hr.email(), () -> rituals.ritual(kind))).as("nothing saved").isEqualTo(current);
    }

    private static RitualForm with(RitualForm f, String title, DayOfWeek day, Integer duration, String zone,
            ParticipantsRule rule, Set<Long> teams, boolean active, Long host, List<Integer> days) {
        return new RitualForm(title, f.purpose(), day, f.localTime() == null ? LocalTime.NOON : f.localTime(), duration,
                zone, rule, teams, f.minutesTemplate(), active, host, days);
    }
}
