package io.relais.rituals;

import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import io.relais.rituals.internal.Ritual;
import io.relais.rituals.internal.RitualForms;
import io.relais.rituals.internal.RitualOptOut;
import io.relais.rituals.internal.RitualOptOutRepository;
import io.relais.rituals.internal.RitualRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rituals' configuration (HR and administrators change it; everybody may read it) and each
 * person's choice to leave the Monday trios.
 */
@Service
@Transactional
public class RitualService {

    private final RitualRepository rituals;
    private final RitualOptOutRepository optOuts;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;

    RitualService(RitualRepository rituals, RitualOptOutRepository optOuts, PersonService people,
            CurrentUser currentUser, Clock clock) {
        this.rituals = rituals;
        this.optOuts = optOuts;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RitualSettings> rituals() {
        return rituals.findAllByOrderByIdAsc().stream().map(Ritual::settings).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RitualSettings ritual(RitualKind kind) {
        return rituals.findByKind(kind).map(Ritual::settings).orElseThrow(NotFoundException::new);
    }

    /**
     * Saves a ritual's settings edited from {@code expectedVersion}; a change saved in between is
     * refused (nothing is lost: the form keeps what was typed). Changes apply from the next week
     * planned.
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public RitualSettings update(long id, long expectedVersion, RitualForm form) {
        Ritual ritual = rituals.findById(id).orElseThrow(NotFoundException::new);
        if (ritual.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        Set<Long> teams = people.teams().stream().map(TeamSummary::id).collect(Collectors.toSet());
        ritual.configure(RitualForms.values(ritual.getKind(), form, teams, this::isActivePerson), clock.instant());
        rituals.flush();
        return ritual.settings();
    }

    /** Whether the caller left the Monday trios. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean optedOutOfTrios() {
        return optOuts.existsById(new RitualOptOut.Key(trios().getId(), currentUser.requirePersonId()));
    }

    /** The caller leaves the Monday trios, or comes back: from the next week planned. */
    @PreAuthorize("isAuthenticated()")
    public void setTrioOptOut(boolean optedOut) {
        change(currentUser.requirePersonId(), optedOut);
    }

    /** HR records somebody's choice (who asked them in person, for instance). */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public void setTrioOptOut(long personId, boolean optedOut) {
        if (!isActivePerson(personId)) {
            throw new NotFoundException();
        }
        change(personId, optedOut);
    }

    /** The people who left the Monday trios. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Long> trioOptOuts() {
        return optOuts.personIds(trios().getId()).stream().sorted().toList();
    }

    private void change(long personId, boolean optedOut) {
        RitualOptOut.Key key = new RitualOptOut.Key(trios().getId(), personId);
        if (optedOut && !optOuts.existsById(key)) {
            optOuts.save(new RitualOptOut(key.ritualId(), personId, clock.instant()));
        } else if (!optedOut) {
            optOuts.deleteById(key);
        }
    }

    private Ritual trios() {
        return rituals.findByKind(RitualKind.MONDAY_TRIOS).orElseThrow(NotFoundException::new);
    }

    /** Looked up in the list, not with {@code people.get}: its "not found" would doom the transaction. */
    private boolean isActivePerson(long personId) {
        return people.activePeople().stream().anyMatch(person -> person.id() == personId);
    }
}
