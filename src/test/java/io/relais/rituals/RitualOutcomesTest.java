package io.relais.rituals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.rituals.RitualFixtures.Meeting;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.platform.NotFoundException;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.platform.UserFacingException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Recording how a meeting went: its people (and HR) may, once it has begun, and nobody else even
 * sees it; analytics reads held, time budget and whether minutes came within 24 hours, the first
 * save of the minutes after the meeting counting as writing them.
 */
@RelaisSpringTest
class RitualOutcomesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RitualOutcomes outcomes;
    @Autowired
    RitualService rituals;
    @Autowired
    DocumentService documents;

    private TestUsers users;
    private TestUsers.User manager;
    private TestUsers.User newcomer;

    @BeforeEach
    void people() {
        users = new TestUsers(context);
        CalendarFixtures fixtures = new CalendarFixtures(context);
        manager = fixtures.person("Margaux", null, "Europe/Paris");
        newcomer = fixtures.person("Nathan", null, "Europe/Paris");
    }

    @Test
    void peopleOfTheMeetingRecordItAndLateMinutesCountAsLate() throws InterruptedException {
        Instant start = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Meeting meeting = meeting(start);
        TestUsers.User outsider = users.createUser("Curieuse", Roles.EMPLOYEE);

        assertThatThrownBy(() -> users.as(outsider.email(), () -> outcomes.meeting(meeting.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(row(meeting).minutesWithin24h()).as("24 hours passed without minutes").isFalse();
        assertThat(row(meeting).held()).isNull();

        users.as(newcomer.email(), () -> outcomes.record(meeting.id(), true, budget() + 15));
        RitualOccurrence recorded = row(meeting);
        assertThat(recorded.held()).isTrue();
        assertThat(recorded.minutesUsed()).isEqualTo(budget() + 15);
        assertThat(recorded.withinBudget()).isFalse();
        assertThatThrownBy(() -> users.as(newcomer.email(), () -> outcomes.record(meeting.id(), true, -1)))
                .isInstanceOf(UserFacingException.class).extracting("field").isEqualTo("minutesUsed");

        writeMinutes(meeting);
        RitualOccurrence written = awaitWritten(meeting);
        assertThat(written.minutesWithin24h()).isFalse();
        assertThat(written.held()).isTrue();
        assertThat(written.minutesUsed()).as("what was recorded stays").isEqualTo(budget() + 15);
        assertThat(users.as(manager.email(), () -> outcomes.meeting(meeting.id())).mayRecord()).isTrue();
    }

    @Test
    void minutesWrittenRightAfterTheMeetingAreOnTimeAndImplyItWasHeld() throws InterruptedException {
        Meeting meeting = meeting(Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES));
        assertThat(row(meeting).minutesWithin24h()).as("still time to write them").isNull();
        writeMinutes(meeting);
        RitualOccurrence written = awaitWritten(meeting);
        assertThat(written.minutesWithin24h()).isTrue();
        assertThat(written.held()).isTrue();
        assertThat(written.withinBudget()).as("not recorded").isNull();
    }

    @Test
    void aMeetingAheadCannotBeRecordedYet() {
        Meeting meeting = meeting(Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES));
        MeetingDetails details = users.as(newcomer.email(), () -> outcomes.meeting(meeting.id()));
        assertThat(details.started()).isFalse();
        assertThat(details.participants()).extracting(p -> p.id())
                .containsExactlyInAnyOrder(manager.personId(), newcomer.personId());
        assertThatThrownBy(() -> users.as(newcomer.email(), () -> outcomes.record(meeting.id(), true, 20)))
                .isInstanceOf(UserFacingException.class).extracting("messageKey").isEqualTo("rituals.error.not-yet");
        assertThat(row(meeting).held()).isNull();
    }

    private Meeting meeting(Instant start) {
        return new RitualFixtures(context).oneOnOne(manager, newcomer, start);
    }

    private void writeMinutes(Meeting meeting) {
        users.as(newcomer.email(), () -> {
            DocumentDetails current = documents.get(meeting.documentId());
            return documents.update(current.id(), current.version(), current.toForm().withBody("## Notes\n\n- Tout va bien"));
        });
    }

    private RitualOccurrence awaitWritten(Meeting meeting) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            RitualOccurrence row = row(meeting);
            if (row.minutesWrittenAt() != null) {
                return row;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The minutes were never counted as written");
    }

    private RitualOccurrence row(Meeting meeting) {
        return asHr(() -> outcomes.between(meeting.start(), meeting.start().plusMillis(1))).stream()
                .filter(o -> o.meetingId() == meeting.id()).findFirst().orElseThrow();
    }

    private int budget() {
        return asHr(() -> rituals.ritual(RitualKind.NEWCOMER_ONE_ON_ONES)).durationMinutes();
    }

    private static <T> T asHr(Supplier<T> work) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), work);
    }
}
