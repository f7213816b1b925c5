package io.relais.demo;

import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.Recurrence;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.RelaisProperties;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.rituals.ParticipantsRule;
import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualBackfill;
import io.relais.rituals.RitualForm;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualService;
import io.relais.rituals.RitualSettings;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
 * The agency's rituals: set up in French and running, with their history since the agency reached
 * six people and next week as the weekly job would have planned it (the trios of {@link
 * DemoTrioRotation} linked to the trio minutes of the document history, every Friday's all-hands
 * with agendas, each newcomer's 1:1s with their manager), stored in batches by {@link
 * DemoRitualHistory}: through the planning services, a week of trios takes seconds.
 */
@Component
@Profile("!prod")
@Order(40)
class DemoRituals implements ApplicationRunner {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Logger log = LoggerFactory.getLogger(DemoRituals.class);

    private final RitualService rituals;
    private final DemoRitualHistory history;
    private final CalendarService calendars;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoRituals(RitualService rituals, DemoRitualHistory history, CalendarService calendars, PersonService people, JdbcTemplate jdbc, TransactionTemplate transaction,
            RelaisProperties properties, Clock clock) {
        this.rituals = rituals;
        this.history = history;
        this.calendars = calendars;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !DemoTables.isEmpty(jdbc, "ritual_meeting")) {
            return;
        }
        long started = System.nanoTime();
        long[] marks = SystemTask.runAs(List.of(Roles.ADMIN, Roles.HR), () -> transaction.execute(status -> create()));
        log.info("Demo rituals created in {} ms (trios {} ms, all-hands {} ms, 1:1s {} ms)", millis(started, System.nanoTime()),
                millis(started, marks[0]), millis(marks[0], marks[1]), millis(marks[1], marks[2]));
    }

    /** Creates everything; answers when each part ended (nanoTime), for the log. */
    private long[] create() {
        long[] marks = new long[3];
        List<PersonSummary> everybody = people.activePeople();
        DemoPeople roster = DemoPeople.of(everybody);
        LocalDate today = LocalDate.now(clock);
        DemoStory story = new DemoStory(roster, today);
        DemoPeople.Member founder = roster.lead(DemoStory.COMPANY);
        configure(founder.id());
        LocalDate firstFriday = history.trios(roster, story);
        marks[0] = System.nanoTime();
        long series = calendars.create(allHandsSeries(firstFriday, founder.id()));
        history.allHands(roster, story, series, firstFriday, founder);
        marks[1] = System.nanoTime();
        history.oneOnOnes(roster);
        marks[2] = System.nanoTime();
        return marks;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private void configure(long hostId) {
        update(RitualKind.MONDAY_TRIOS, new RitualForm("Trio du lundi",
                "Trois collègues de trois équipes différentes se racontent leur semaine : ce sur quoi chacun travaille, "
                        + "où un coup de main aiderait.",
                DayOfWeek.MONDAY, DemoTrioMinutes.TRIO_TIME, 30, PARIS.getId(), ParticipantsRule.EVERYBODY, Set.of(),
                "## Chacun sa semaine\n\n- \n\n## Où s'entraider\n\n- \n\n## Prochaines étapes\n\n- [ ] ", true, null,
                List.of()));
        update(RitualKind.FRIDAY_ALL_HANDS, new RitualForm(DemoRitualHistory.ALL_HANDS_TITLE,
                "Toute l'agence, trente minutes : ce qui est sorti, ce qu'on a appris, ce qui arrive. "
                        + "Ajoutez vos sujets à l'ordre du jour pendant la semaine.",
                DayOfWeek.FRIDAY, DemoRitualHistory.ALL_HANDS_TIME, 30, PARIS.getId(), ParticipantsRule.EVERYBODY,
                Set.of(), DemoRitualHistory.AGENDA_TEMPLATE, true, hostId, List.of()));
        update(RitualKind.NEWCOMER_ONE_ON_ONES, new RitualForm(DemoRitualHistory.ONE_ON_ONE_TITLE,
                "L'arrivant et son manager font le point : comment se passent les premiers jours, ce qui n'est pas clair, "
                        + "la suite.",
                null, DemoRitualHistory.ONE_ON_ONE_TIME, 30, PARIS.getId(), ParticipantsRule.EVERYBODY, Set.of(),
                "## Comment ça se passe\n\n- \n\n## Ce qui n'est pas clair\n\n- \n\n## Prochaines étapes\n\n- [ ] ", true,
                null, List.of(1, 7, 30)));
    }

    private void update(RitualKind kind, RitualForm form) {
        RitualSettings current = rituals.ritual(kind);
        rituals.update(current.id(), current.version(), form);
    }

    private EventForm allHandsSeries(LocalDate firstFriday, long founder) {
        return EventForm.timed(calendars.companyCalendar().id(), DemoRitualHistory.ALL_HANDS_TITLE,
                        firstFriday.atTime(DemoRitualHistory.ALL_HANDS_TIME),
                        firstFriday.atTime(DemoRitualHistory.ALL_HANDS_TIME).plusMinutes(30), PARIS)
                .withDescription(rituals.ritual(RitualKind.FRIDAY_ALL_HANDS).purpose())
                .withAttendees(people.teams().stream().map(team -> Attendee.team(team.id())).toList())
                .withRecurrence(Recurrence.weekly(Set.of(DayOfWeek.FRIDAY)))
                .plannedBy(founder, history.source(RitualKind.FRIDAY_ALL_HANDS));
    }
}
