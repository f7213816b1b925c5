package io.relais.people;

import io.relais.people.internal.Person;
import io.relais.people.internal.PersonRepository;
import io.relais.people.internal.Team;
import io.relais.people.internal.TeamRepository;
import io.relais.platform.LikePattern;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people directory. Everybody signed in may read it (company transparency); only HR and
 * ADMIN may change it.
 */
@Service
@Transactional
public class PersonService {

    private static final Sort BY_NAME = Sort.by("lastName", "firstName", "id");

    private final PersonRepository people;
    private final TeamRepository teams;
    private final PersonWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonService(PersonRepository people, TeamRepository teams, ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.teams = teams;
        this.writer = new PersonWriter(people, teams);
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonSummary> page(PersonFilter filter, int offset, int limit) {
        return people.findSummaries(LikePattern.containing(filter.text()), filter.teamId(),
                filter.includeInactive(), OffsetPage.of(offset, limit, BY_NAME));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(PersonFilter filter) {
        return people.countFiltered(LikePattern.containing(filter.text()), filter.teamId(), filter.includeInactive());
    }

    /**
     * The team of a person, {@code null} for none: what permission checks ask on every call, without
     * loading the person's details.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Long teamOf(long personId) {
        List<Long> team = people.teamIdOf(personId);
        if (team.isEmpty()) {
            throw new NotFoundException();
        }
        return team.getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonDetails get(long id) {
        return details(people.findById(id).orElseThrow(NotFoundException::new));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PersonRef> findByEmail(String email) {
        return people.findByEmail(email).map(PersonService::ref);
    }

    /**
     * The person a mention handle names: the part of their e-mail before the {@code @}
     * ({@code @claire.fontaine}). Inactive people are not mentioned.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PersonRef> findByHandle(String handle) {
        if (handle == null || handle.isBlank() || handle.contains("@")) {
            return Optional.empty();
        }
        return people.findFirstByEmailStartingWithAndActiveTrueOrderByIdAsc(handle + "@").map(PersonService::ref);
    }

    /** Active people, oldest first: for pickers and for features that plan around everybody. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonSummary> activePeople() {
        return people.findByActiveTrueOrderByStartDateAsc().stream().map(PersonService::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return teams.findSummaries();
    }

    /**
     * Headcount at the end of each month from the first arrival to this month, computed from
     * monthly arrival and departure counts aggregated by the database.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HeadcountPoint> headcountHistory() {
        Map<YearMonth, Long> arrivals = perMonth(people.arrivalsPerMonth());
        Map<YearMonth, Long> departures = perMonth(people.departuresPerMonth());
        if (arrivals.isEmpty()) {
            return List.of();
        }
        YearMonth first = arrivals.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = YearMonth.now(clock);
        List<HeadcountPoint> history = new ArrayList<>();
        long headcount = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            headcount += arrivals.getOrDefault(month, 0L) - departures.getOrDefault(month, 0L);
            history.add(new HeadcountPoint(month, headcount));
        }
        return history;
    }

    /** Active people per team, largest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Long> activePeoplePerTeam() {
        Map<String, Long> perTeam = new LinkedHashMap<>();
        for (Object[] row : people.activePerTeam()) {
            perTeam.put((String) row[0], ((Number) row[1]).longValue());
        }
        return perTeam;
    }

    /**
     * Everybody who ever joined, with their team and dates (people who left included): what
     * per-person figures are divided by.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Membership> memberships() {
        return people.memberships();
    }

    /**
     * The teams this person leads: those where they manage at least one active member of their
     * own team (the directory has no separate "lead" field; the manager line says it).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> teamsLedBy(long personId) {
        return people.teamsLedBy(personId);
    }

    private static Map<YearMonth, Long> perMonth(List<Object[]> rows) {
        Map<YearMonth, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    ((Number) row[2]).longValue());
        }
        return counts;
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public long create(PersonForm form) {
        Person person = writer.create(form, clock.instant());
        events.publishEvent(new PersonCreated(person.getId(), person.getStartDate()));
        return person.getId();
    }

    /**
     * Saves an edit made from the given version; a concurrent edit in between is refused with
     * a translated message instead of being overwritten.
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void update(long id, long expectedVersion, PersonForm form) {
        Person person = people.findById(id).orElseThrow(NotFoundException::new);
        if (person.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        writer.update(person, form, clock.instant());
        events.publishEvent(new PersonUpdated(id));
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void deactivate(long id) {
        Person person = people.findById(id).orElseThrow(NotFoundException::new);
        if (!person.isActive()) {
            return;
        }
        person.deactivate(clock.instant(), LocalDate.now(clock));
        events.publishEvent(new PersonDeactivated(id));
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void reactivate(long id) {
        people.findById(id).orElseThrow(NotFoundException::new).reactivate(clock.instant());
        events.publishEvent(new PersonUpdated(id));
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public long createTeam(String name, String description) {
        return writer.createTeam(name, description).getId();
    }

    private PersonDetails details(Person person) {
        Team team = person.getTeam();
        List<PersonRef> reports = people.findByManagerIdOrderByLastNameAscFirstNameAsc(person.getId())
                .stream().filter(Person::isActive).map(PersonService::ref).toList();
        return new PersonDetails(person.getId(), person.getVersion(), person.getFirstName(),
                person.getLastName(), person.getEmail(), person.getJobTitle(),
                team == null ? null : team.getId(), team == null ? null : team.getName(),
                person.getManager() == null ? null : ref(person.getManager()), reports,
                person.getStartDate(), person.getLocation(), ZoneId.of(person.getTimeZone()),
                person.isActive());
    }

    private static PersonRef ref(Person person) {
        return new PersonRef(person.getId(), person.getFirstName() + " " + person.getLastName(),
                Initials.of(person.getFirstName(), person.getLastName()));
    }

    private static PersonSummary summary(Person p) {
        Team team = p.getTeam();
        return new PersonSummary(p.getId(), p.getFirstName(), p.getLastName(), p.getEmail(),
                p.getJobTitle(), team == null ? null : team.getId(), team == null ? null : team.getName(),
                p.getStartDate(), p.isActive());
    }

}
