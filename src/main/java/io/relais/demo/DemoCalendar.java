package io.relais.demo;

import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.Recurrence;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.RelaisProperties;
import io.relais.platform.SystemTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three years of calendar life at Atelier Canopée: company events (monthly agency evening,
 * quarterly seminar, the end-of-year party), each team's weekly meeting and fortnightly retro
 * since the team's second member arrived, the daily call everybody joined until the agency went
 * asynchronous (the lagging team kept its own), and everybody's absences (summer and winter holidays, a
 * few sick days, a weekly remote day for some: {@link DemoAbsences}). Series go through the calendar
 * service as their organisers; the many one-off absences are inserted in one JDBC batch (same
 * columns the service writes), so the whole takes well under a second. Rituals (trios, all-hands, 1:1s) are planned by
 * the rituals feature through the same service.
 */
@Component
@Profile("!prod")
@Order(30)
class DemoCalendar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalendar.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final CalendarService calendars;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoCalendar(CalendarService calendars, PersonService people, JdbcTemplate jdbc, TransactionTemplate transaction,
            RelaisProperties properties, Clock clock) {
        this.calendars = calendars;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !DemoTables.isEmpty(jdbc, "calendar_event")) {
            return;
        }
        long started = System.nanoTime();
        SystemTask.runAsAdmin(() -> transaction.executeWithoutResult(status -> create()));
        log.info("Demo calendar created in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void create() {
        List<PersonSummary> everybody = people.activePeople();
        PersonSummary founder = everybody.getFirst();
        LocalDate founded = founder.startDate();
        companyEvents(founder, founded);
        dailyCalls(founder, founded);
        for (TeamSummary team : people.teams()) {
            List<PersonSummary> members = everybody.stream().filter(p -> team.id() == p.teamId()).toList();
            if (members.size() >= 2) {
                teamEvents(team, members);
            }
        }
        absences(everybody);
    }

    private void companyEvents(PersonSummary founder, LocalDate founded) {
        long company = calendars.companyCalendar().id();
        LocalDate firstThursday = founded.plusMonths(1).withDayOfMonth(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
        calendars.create(EventForm.timed(company, "Soirée d'agence", firstThursday.atTime(18, 30), firstThursday.atTime(21, 0), PARIS)
                .withDescription("Apéro, démos des projets du mois et **nouvelles têtes**. Ouvert à tous.")
                .withPlace("Atelier, 12 rue Mercière, Lyon", null)
                .withRecurrence(new Recurrence(Recurrence.Frequency.MONTHLY, 1, Set.of(), null, null))
                .plannedBy(founder.id(), null));
        LocalDate seminar = founded.plusMonths(3);
        calendars.create(EventForm.allDay(company, "Séminaire trimestriel", seminar, seminar.plusDays(1), PARIS)
                .withDescription("Deux jours pour prendre du recul : bilan du trimestre, priorités, ateliers.")
                .withPlace("Domaine des Hautannes, Beaujolais", null)
                .withRecurrence(new Recurrence(Recurrence.Frequency.MONTHLY, 3, Set.of(), null, null))
                .plannedBy(founder.id(), null));
        for (int year = founded.getYear(); year <= LocalDate.now(clock).getYear(); year++) {
            LocalDate party = LocalDate.of(year, 12, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)).minusWeeks(1);
            calendars.create(EventForm.timed(company, "Fête de fin d'année", party.atTime(19, 0), party.atTime(23, 30), PARIS)
                    .withPlace("La Sucrière, Lyon", null).plannedBy(founder.id(), null));
        }
    }

    private void teamEvents(TeamSummary team, List<PersonSummary> members) {
        long calendar = calendars.teamCalendar(team.id()).id();
        PersonSummary lead = members.getFirst();
        LocalDate start = members.get(1).startDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        calendars.create(EventForm.timed(calendar, "Point d'équipe", start.atTime(10, 0), start.atTime(10, 30), PARIS)
                .withDescription("Ce qui avance, ce qui bloque, qui a besoin d'aide. Notes dans l'espace de l'équipe.")
                .withPlace(null, "https://meet.jit.si/canopee-" + team.id())
                .withVisibility(EventVisibility.TEAM)
                .withAttendees(List.of(Attendee.team(team.id())))
                .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.TUESDAY)))
                .plannedBy(lead.id(), null));
        LocalDate retro = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        calendars.create(EventForm.timed(calendar, "Rétrospective", retro.atTime(16, 0), retro.atTime(17, 0), PARIS)
                .withVisibility(EventVisibility.TEAM)
                .withAttendees(List.of(Attendee.team(team.id())))
                .withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY, 2, Set.of(DayOfWeek.THURSDAY), null, null))
                .plannedBy(lead.id(), null));
    }

    /**
     * The daily call everybody joined until the agency decided to write its stand-ups instead
     * ({@link DemoStory#ASYNC_DECISION_DAYS_AGO}); the lagging team kept its own from that day on
     * (the story the adoption charts show: its meeting hours never drop).
     */
    private void dailyCalls(PersonSummary founder, LocalDate founded) {
        LocalDate asyncSince = LocalDate.now(clock).minusDays(DemoStory.ASYNC_DECISION_DAYS_AGO);
        List<Attendee> everybody = people.teams().stream().map(team -> Attendee.team(team.id())).toList();
        LocalDate first = founded.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        calendars.create(dailyCall(calendars.companyCalendar().id(), first, everybody, asyncSince.minusDays(1), "company")
                .plannedBy(founder.id(), null));
        String lagging = DemoOrganisation.TEAMS.get(DemoStory.LAGGING_TEAM).name();
        people.teams().stream().filter(team -> team.name().equals(lagging)).findFirst().ifPresent(team -> {
            PersonSummary lead = people.activePeople().stream().filter(p -> Long.valueOf(team.id()).equals(p.teamId()))
                    .findFirst().orElseThrow();
            calendars.create(dailyCall(calendars.teamCalendar(team.id()).id(), asyncSince.with(TemporalAdjusters.nextOrSame(
                    DayOfWeek.MONDAY)), List.of(Attendee.team(team.id())), null, String.valueOf(team.id()))
                    .withVisibility(EventVisibility.TEAM).plannedBy(lead.id(), null));
        });
    }

    private static EventForm dailyCall(long calendar, LocalDate first, List<Attendee> attendees, LocalDate until, String room) {
        Set<DayOfWeek> weekdays = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        return EventForm.timed(calendar, "Point quotidien", first.atTime(9, 30), first.atTime(9, 45), PARIS)
                .withPlace(null, "https://meet.jit.si/canopee-daily-" + room)
                .withAttendees(attendees)
                .withRecurrence(new Recurrence(Recurrence.Frequency.WEEKLY, 1, weekdays, until, null));
    }

    /** The absences of {@link DemoAbsences}, in one JDBC batch (the same columns the service writes). */
    private void absences(List<PersonSummary> everybody) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        for (DemoAbsences.Absence absence : DemoAbsences.of(DemoPeople.of(everybody), LocalDate.now(clock))) {
            long calendar = calendars.personalCalendar(absence.member().id()).id();
            addAbsence(rows, calendar, absence, now);
        }
        jdbc.batchUpdate("""
                insert into calendar_event (calendar_id, uid, title, start_at, end_at, time_zone, all_day, organiser_id,
                    visibility, absence_type, rrule, series_end_at, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, true, ?, 'TEAM', ?, ?, ?, ?, ?, 0)""", rows);
    }

    private static void addAbsence(List<Object[]> rows, long calendar, DemoAbsences.Absence absence, Timestamp now) {
        Timestamp startAt = Timestamp.from(absence.first().atStartOfDay(PARIS).toInstant());
        Timestamp endAt = Timestamp.from(absence.last().plusDays(1).atStartOfDay(PARIS).toInstant());
        String type = absence.type().name();
        rows.add(new Object[] {calendar, UUID.randomUUID() + "@relais", type, startAt, endAt, PARIS.getId(),
                absence.member().id(), type, absence.rule(), absence.rule() == null ? endAt : null, now, now});
    }
}
