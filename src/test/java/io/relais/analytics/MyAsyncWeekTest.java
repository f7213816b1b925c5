package io.relais.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.docs.DocumentBackfill;
import io.relais.docs.DocumentBackfill.PastDocument;
import io.relais.docs.DocumentBackfill.PastSave;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.security.AccountService;
import io.relais.people.PersonForm;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "My async week": a person's own saves, meeting hours and decisions, last week and this week,
 * whatever the group size, and only ever the caller's.
 */
@RelaisSpringTest
class MyAsyncWeekTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    AdoptionService adoption;
    @Autowired
    DocumentService documents;
    @Autowired
    DocumentBackfill backfill;
    @Autowired
    CalendarService calendars;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void aPersonSeesTheirOwnWeekAndNobodyElses() {
        TestUsers users = new TestUsers(context);
        LocalDate lastMonday = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        TestUsers.User writer = personSince(users, "Wanda", lastMonday.minusWeeks(4));
        TestUsers.User colleague = personSince(users, "Colin", lastMonday.minusWeeks(4));
        SystemTask.runAsAdmin(() -> {
            long space = documents.spaces().stream().filter(s -> s.teamId() == null).findFirst()
                    .map(SpaceSummary::id).orElseThrow();
            DocumentForm note = new DocumentForm(space, "Semaine écrite " + TestUsers.unique(), "Texte", "fr",
                    Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY);
            backfill.createAll(List.of(new PastDocument(DocumentKind.ARTICLE, List.of(
                    new PastSave(writer.personId(), lastMonday.plusDays(1).atTime(10, 0).atZone(PARIS).toInstant(), note),
                    new PastSave(writer.personId(), lastMonday.plusDays(2).atTime(15, 0).atZone(PARIS).toInstant(), note)))));
        });
        SystemTask.runAsPerson(writer.personId(), writer.email(), () -> calendars.create(EventForm.timed(
                calendars.personalCalendar(writer.personId()).id(), "Point " + TestUsers.unique(),
                lastMonday.plusDays(3).atTime(10, 0), lastMonday.plusDays(3).atTime(11, 30), PARIS)
                .withAttendees(List.of(Attendee.person(colleague.personId())))));

        MyAsyncWeek mine = users.as(writer.email(), () -> adoption.myWeek()).orElseThrow();
        assertThat(mine.weeks()).extracting(MyAsyncWeek.Week::monday).containsExactly(lastMonday, lastMonday.plusWeeks(1));
        MyAsyncWeek.Week last = mine.weeks().getFirst();
        assertThat(last.saves()).isEqualTo(2);
        assertThat(last.meetingHours()).isCloseTo(1.5, within(1e-9));
        assertThat(last.writtenPerMeetingHour()).isCloseTo(2 / 1.5, within(1e-9));
        assertThat(last.decisions()).isZero();
        assertThat(mine.weeks().getLast().saves()).as("nothing written this week").isZero();

        MyAsyncWeek theirs = users.as(colleague.email(), () -> adoption.myWeek()).orElseThrow();
        assertThat(theirs.weeks().getFirst().saves()).as("the colleague wrote nothing").isZero();
        assertThat(theirs.weeks().getFirst().meetingHours()).as("but was invited").isCloseTo(1.5, within(1e-9));
        assertThat(SystemTask.runAs(List.of(Roles.ADMIN), () -> adoption.myWeek())).as("a technical account").isEmpty();
    }

    /** Meeting hours count the days one was with the company: these people joined weeks ago. */
    private TestUsers.User personSince(TestUsers users, String first, LocalDate start) {
        PersonForm form = TestUsers.form(first, "Semaine-" + TestUsers.unique());
        PersonForm earlier = new PersonForm(form.firstName(), form.lastName(), form.email(), null, null, null, start, null,
                "Europe/Paris");
        long id = users.createPerson(earlier);
        SystemTask.runAsAdmin(() -> accounts.createForPerson(id, List.of(Roles.EMPLOYEE), TestUsers.PASSWORD));
        return new TestUsers.User(id, form.email());
    }
}
