package io.relais.rituals;

import io.relais.TestUsers;
import io.relais.calendar.CalendarFixtures;
import io.relais.people.PersonService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import io.relais.calendar.Attendee;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * A team of one's own with accounts, and the Monday trios narrowed to it for a test (the demo
 * organisation and every other test's people stay out of the groups), restored afterwards.
 */
public final class RitualFixtures {

    /** A ritual meeting with its event and minutes document. */
    public record Meeting(long id, long eventId, long documentId, Instant start) {
    }


    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ApplicationContext context;
    private final RitualService rituals;
    private final PersonService people;
    private RitualSettings original;

    public RitualFixtures(ApplicationContext context) {
        this.context = context;
        this.rituals = context.getBean(RitualService.class);
        this.people = context.getBean(PersonService.class);
    }

    /**
     * A 1:1 of the two at {@code start} (past or coming), its private event on the manager's
     * calendar with the newcomer invited, and its minutes, recorded as the demo records its history.
     */
    public Meeting oneOnOne(TestUsers.User manager, TestUsers.User newcomer, Instant start) {
        CalendarService calendar = context.getBean(CalendarService.class);
        DocumentService documents = context.getBean(DocumentService.class);
        RitualBackfill backfill = context.getBean(RitualBackfill.class);
        int budget = asHr(() -> rituals.ritual(RitualKind.NEWCOMER_ONE_ON_ONES)).durationMinutes();
        Instant end = start.plus(Duration.ofMinutes(budget));
        long eventId = asHr(() -> calendar.create(EventForm.timed(calendar.personalCalendar(manager.personId()).id(),
                        "1:1 " + TestUsers.unique(), LocalDateTime.ofInstant(start, PARIS), LocalDateTime.ofInstant(end, PARIS), PARIS)
                .withAttendees(List.of(Attendee.person(newcomer.personId()))).withVisibility(EventVisibility.PRIVATE)
                .plannedBy(manager.personId(), backfill.eventSource(RitualKind.NEWCOMER_ONE_ON_ONES))));
        long space = asHr(() -> documents.spaces()).stream().filter(s -> s.teamId() == null)
                .min(Comparator.comparingLong(SpaceSummary::id)).orElseThrow().id();
        DocumentDetails minutes = new TestUsers(context).as(manager.email(), () -> documents.create(DocumentKind.MINUTES,
                new DocumentForm(space, "Entretien " + TestUsers.unique(), "## Notes", null, Visibility.COMPANY, Set.of(),
                        Set.of(), null, null)));
        String key = "one-on-one:test-" + TestUsers.unique();
        asHr(() -> {
            backfill.record(List.of(new PastMeeting(RitualKind.NEWCOMER_ONE_ON_ONES, key,
                    LocalDateTime.ofInstant(start, PARIS).toLocalDate(), start, end, eventId, minutes.id(),
                    List.of(manager.personId(), newcomer.personId()))));
            return null;
        });
        RitualOutcomes outcomes = context.getBean(RitualOutcomes.class);
        long id = asHr(() -> outcomes.between(start, start.plusMillis(1))).stream()
                .filter(o -> minutes.id() == o.minutesDocumentId()).findFirst().orElseThrow().meetingId();
        return new Meeting(id, eventId, minutes.id(), start);
    }

    private static <T> T asHr(Supplier<T> work) {
        return SystemTask.runAs(List.of(Roles.HR, Roles.ADMIN), work);
    }

    /** A new team with {@code size} people (EMPLOYEE accounts), in creation order. */
    List<TestUsers.User> team(int size) {
        String name = "Rituels " + TestUsers.unique();
        SystemTask.runAs(List.of(Roles.HR), () -> people.createTeam(name, null));
        CalendarFixtures fixtures = new CalendarFixtures(context);
        List<TestUsers.User> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(fixtures.person("Membre" + i, name, "Europe/Paris"));
        }
        return members;
    }

    long teamId(TestUsers.User member) {
        return SystemTask.runAs(List.of(Roles.HR), () -> people.get(member.personId()).teamId());
    }

    /** The Monday trios, running for that team only. */
    void triosFor(long teamId) {
        SystemTask.runAs(List.of(Roles.HR), () -> {
            original = rituals.ritual(RitualKind.MONDAY_TRIOS);
            RitualForm form = original.toForm();
            return rituals.update(original.id(), original.version(), new RitualForm(form.title(), form.purpose(),
                    form.dayOfWeek(), form.localTime(), form.durationMinutes(), form.zone(), ParticipantsRule.TEAMS,
                    Set.of(teamId), form.minutesTemplate(), true, form.hostId(), form.dayNumbers()));
        });
    }

    /** The trios as they were before {@link #triosFor}. */
    void restore() {
        if (original == null) {
            return;
        }
        SystemTask.runAs(List.of(Roles.HR), () -> {
            RitualSettings now = rituals.ritual(RitualKind.MONDAY_TRIOS);
            return rituals.update(now.id(), now.version(), original.toForm());
        });
        original = null;
    }
}
