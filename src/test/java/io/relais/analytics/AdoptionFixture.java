package io.relais.analytics;

import io.relais.TestUsers;
import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.Recurrence;
import io.relais.docs.DocumentBackfill;
import io.relais.docs.DocumentBackfill.PastDocument;
import io.relais.docs.DocumentBackfill.PastSave;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.people.PersonForm;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.security.AccountService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * A small team with a known history, so every adoption figure has an answer worked out by hand
 * (the numbers are in {@link AdoptionMetricsTest}). Week 1 starts on the Monday ten weeks ago,
 * Europe/Paris; everything happens in weeks 1 to 3, week 4 is empty.
 *
 * <ul>
 * <li>Team T: A (the lead: B to F report to A), B, C, D, E present since twenty weeks; F joins on
 * the Thursday of week 2 (present 4 days of it). Team S: three people (too small to show).
 * <li>Week 1: A writes article X1 (Tue 10:00, review-by date Thursday) and edits it (Wed 11:00),
 * and article X2 on Sunday 23:30; B writes minutes of Monday's meeting on Tuesday with one decision;
 * C writes minutes of the same meeting on Thursday, without decision; D proposes a decision on
 * Monday 09:00 and accepts it on Friday 16:00. Week 2: E writes article X3 on Monday 00:30.
 * <li>Meetings: Wednesday of week 1 14:00–15:30 with team T (A organises); every Thursday of weeks
 * 1 to 3 10:00–11:00, A and B.
 * </ul>
 */
final class AdoptionFixture {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    final LocalDate week1 = LocalDate.now(PARIS).minusWeeks(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    final String tag = TestUsers.unique();
    long teamT;
    long smallTeam;
    TestUsers.User lead;
    final List<Long> members = new ArrayList<>();

    AdoptionFixture(ApplicationContext context) {
        PersonService people = context.getBean(PersonService.class);
        AccountService accounts = context.getBean(AccountService.class);
        DocumentService documents = context.getBean(DocumentService.class);
        DocumentBackfill backfill = context.getBean(DocumentBackfill.class);
        CalendarService calendars = context.getBean(CalendarService.class);
        SystemTask.runAsAdmin(() -> {
            teamT = people.createTeam("Équipe analytique " + tag, null);
            smallTeam = people.createTeam("Petite équipe " + tag, null);
            LocalDate since = week1.minusWeeks(10);
            long a = person(people, "Alix", teamT, null, since);
            accounts.createForPerson(a, List.of(Roles.EMPLOYEE), TestUsers.PASSWORD);
            lead = new TestUsers.User(a, email("Alix"));
            members.add(a);
            for (String name : List.of("Basile", "Cyrielle", "Dorian", "Eloise")) {
                members.add(person(people, name, teamT, a, since));
            }
            members.add(person(people, "Fanny", teamT, a, week1.plusWeeks(1).plusDays(3)));
            for (String name : List.of("Gaspard", "Hortense", "Isaure")) {
                person(people, name, smallTeam, null, since);
            }
            long space = documents.spaces().stream().filter(s -> s.teamId() == null).findFirst()
                    .map(SpaceSummary::id).orElseThrow();
            long b = members.get(1);
            long c = members.get(2);
            long d = members.get(3);
            long e = members.get(4);
            List<PastDocument> past = new ArrayList<>();
            past.add(new PastDocument(DocumentKind.ARTICLE, List.of(
                    save(a, at(1, 10, 0), form(space, "X1", week1.plusDays(3), KindFields.EMPTY)),
                    save(a, at(2, 11, 0), form(space, "X1", week1.plusDays(3), KindFields.EMPTY)))));
            past.add(new PastDocument(DocumentKind.ARTICLE, List.of(
                    save(a, at(6, 23, 30), form(space, "X2", null, KindFields.EMPTY)))));
            past.add(new PastDocument(DocumentKind.MINUTES, List.of(save(b, at(1, 9, 0), form(space, "CR B", null,
                    KindFields.EMPTY.withMeeting(week1, "Ordre du jour", Set.of(b, c), List.of("On écrit tout"), List.of()))))));
            past.add(new PastDocument(DocumentKind.MINUTES, List.of(save(c, at(3, 9, 0), form(space, "CR C", null,
                    KindFields.EMPTY.withMeeting(week1, "Ordre du jour", Set.of(b, c), List.of(), List.of()))))));
            past.add(new PastDocument(DocumentKind.DECISION, List.of(
                    save(d, at(0, 9, 0), form(space, "Décision D", null, KindFields.EMPTY.withDecision("Contexte",
                            "Décision", KindFields.DecisionStatus.PROPOSED, null, null))),
                    save(d, at(4, 16, 0), form(space, "Décision D", null, KindFields.EMPTY.withDecision("Contexte",
                            "Décision", KindFields.DecisionStatus.ACCEPTED, week1.plusDays(4), null))))));
            past.add(new PastDocument(DocumentKind.ARTICLE, List.of(
                    save(e, at(7, 0, 30), form(space, "X3", null, KindFields.EMPTY)))));
            backfill.createAll(past);
        });
        long a = lead.personId();
        SystemTask.runAsPerson(a, lead.email(), () -> {
            long own = calendars.personalCalendar(a).id();
            calendars.create(EventForm.timed(own, "Atelier " + tag, week1.plusDays(2).atTime(14, 0),
                    week1.plusDays(2).atTime(15, 30), PARIS).withAttendees(List.of(Attendee.team(teamT))));
            calendars.create(EventForm.timed(own, "Point AB " + tag, week1.plusDays(3).atTime(10, 0),
                    week1.plusDays(3).atTime(11, 0), PARIS).withAttendees(List.of(Attendee.person(members.get(1))))
                    .withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY, 1, Set.of(DayOfWeek.THURSDAY), null, 3)));
            return null;
        });
    }

    /** The request for team T (or the company, {@code null}) over weeks 1 to 4. */
    ReportRequest weeks(Long team) {
        return new ReportRequest(team, Granularity.WEEK, week1, week1.plusWeeks(4).minusDays(1));
    }

    String title(String shortTitle) {
        return shortTitle + " " + tag;
    }

    private long person(PersonService people, String first, long team, Long manager, LocalDate start) {
        return people.create(new PersonForm(first, "Analytique-" + tag, email(first), null, team, manager, start, "Lyon",
                "Europe/Paris"));
    }

    private String email(String first) {
        return (first + ".analytique-" + tag + "@tests.relais.io").toLowerCase(java.util.Locale.ROOT);
    }

    private Instant at(int dayOfWeek1, int hour, int minute) {
        return LocalDateTime.of(week1.plusDays(dayOfWeek1), java.time.LocalTime.of(hour, minute)).atZone(PARIS).toInstant();
    }

    private static PastSave save(long author, Instant at, DocumentForm form) {
        return new PastSave(author, at, form);
    }

    private DocumentForm form(long space, String shortTitle, LocalDate reviewBy, KindFields fields) {
        return new DocumentForm(space, title(shortTitle), "Texte de " + shortTitle, "fr", Visibility.COMPANY, Set.of(),
                Set.of(), reviewBy, fields);
    }
}
