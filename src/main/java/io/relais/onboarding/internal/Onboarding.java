package io.relais.onboarding.internal;

import io.relais.onboarding.ItemStatus;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A running (or finished) checklist for one person: its items are copies of the template
 * version's items, with concrete due dates and the people responsible for them. Finished when
 * every item is done; reopening an item makes it running again.
 */
@Entity
@Table(name = "onboarding")
public class Onboarding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private Template template;
    private long personId;
    private Long teamId;
    private Long buddyId;
    private Long managerId;
    private Long hrId;
    private Long itId;
    private LocalDate startDate;
    private Instant startedAt;
    private Instant completedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "onboarding", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

    protected Onboarding() {
    }

    /**
     * A checklist from {@code template} with due dates from {@code start}; {@code people} says who
     * each responsible party is (a party nobody stands for leaves its items unassigned).
     */
    public Onboarding(Template template, long personId, Long teamId, Map<ResponsibleParty, Long> people,
            LocalDate start, WorkingCalendar calendar, Instant now) {
        this.purpose = template.getPurpose();
        this.template = template;
        this.personId = personId;
        this.teamId = teamId;
        this.buddyId = people.get(ResponsibleParty.BUDDY);
        this.managerId = people.get(ResponsibleParty.MANAGER);
        this.hrId = people.get(ResponsibleParty.HR);
        this.itId = people.get(ResponsibleParty.IT);
        this.startDate = start;
        this.startedAt = now;
        for (TemplateItem source : template.getItems()) {
            // a copy: the checklist keeps its items whatever becomes of the template
            ItemDefinition definition = new ItemDefinition(source.toForm());
            items.add(new Item(this, source.getPosition(), definition, people.get(definition.getResponsible()),
                    calendar.dueDate(start, definition.getDueOffsetDays())));
        }
    }

    /** Moves the start date; open items get due dates from the new start, done ones keep theirs. */
    public List<Item> reschedule(LocalDate newStart, WorkingCalendar calendar) {
        this.startDate = newStart;
        List<Item> moved = new ArrayList<>();
        for (Item item : items) {
            if (item.getStatus() != ItemStatus.DONE) {
                item.planFrom(newStart, calendar);
                moved.add(item);
            }
        }
        return moved;
    }

    /**
     * Records whether every item is done, as of {@code now}.
     *
     * @return {@code true} when this call finished the checklist
     */
    public boolean refreshCompletion(Instant now) {
        boolean allDone = items.stream().allMatch(item -> item.getStatus() == ItemStatus.DONE);
        if (allDone && completedAt == null) {
            completedAt = now;
            return true;
        }
        if (!allDone) {
            completedAt = null;
        }
        return false;
    }

    /** Whether the person takes part: the newcomer or anyone responsible for one of its items. */
    public boolean involves(long person) {
        return person == personId || Long.valueOf(person).equals(buddyId) || Long.valueOf(person).equals(managerId)
                || Long.valueOf(person).equals(hrId) || Long.valueOf(person).equals(itId);
    }

    public Long getId() {
        return id;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Template getTemplate() {
        return template;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getBuddyId() {
        return buddyId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public Long getHrId() {
        return hrId;
    }

    public Long getItId() {
        return itId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Item> getItems() {
        return List.copyOf(items);
    }
}
