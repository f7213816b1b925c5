package io.relais.onboarding;

import io.relais.notifications.NotificationService;
import io.relais.onboarding.internal.Audit;
import io.relais.onboarding.internal.Caller;
import io.relais.onboarding.internal.ChecklistViews;
import io.relais.onboarding.internal.DashboardQueries;
import io.relais.onboarding.internal.Item;
import io.relais.onboarding.internal.ItemRepository;
import io.relais.onboarding.internal.ItemTodos;
import io.relais.onboarding.internal.Onboarding;
import io.relais.onboarding.internal.OnboardingProperties;
import io.relais.onboarding.internal.OnboardingRepository;
import io.relais.onboarding.internal.Template;
import io.relais.onboarding.internal.TemplateRepository;
import io.relais.onboarding.internal.WorkingCalendar;
import io.relais.people.PersonDetails;
import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts checklists and shows them: HR starts one for a person from a template, with concrete
 * due dates on working days, and every item lands on its responsible person's to-do list. Each
 * person sees the checklists they take part in; any other answers "not found".
 */
@Service
@Transactional
public class OnboardingService {

    /** A writing exercise waiting longer than this for its review is "stuck". */
    public static final int STUCK_AFTER_DAYS = 3;

    private final OnboardingRepository onboardings;
    private final TemplateRepository templates;
    private final ItemRepository items;
    private final ItemTodos todos;
    private final ChecklistViews views;
    private final DashboardQueries queries;
    private final Audit audit;
    private final PersonService people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final WorkingCalendar calendar;
    private final Clock clock;

    OnboardingService(OnboardingRepository onboardings, TemplateRepository templates, ItemRepository items,
            ItemTodos todos, ChecklistViews views, DashboardQueries queries, Audit audit, PersonService people,
            NotificationService notifications, ApplicationEventPublisher events, CurrentUser currentUser,
            OnboardingProperties properties, Clock clock) {
        this.onboardings = onboardings;
        this.templates = templates;
        this.items = items;
        this.todos = todos;
        this.views = views;
        this.queries = queries;
        this.audit = audit;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.currentUser = currentUser;
        this.calendar = properties.calendar();
        this.clock = clock;
    }

    /**
     * Starts a checklist and answers its id. The template must be the latest version; the start
     * date a working day; the buddy, manager and IT contact are required when the template gives
     * them items (the manager defaults to the person's manager in the directory).
     */
    @PreAuthorize("hasRole('HR')")
    public long start(StartForm form) {
        long hr = currentUser.requirePersonId();
        if (form.personId() == null) {
            throw new UserFacingException("person", "validation.required");
        }
        if (form.templateId() == null) {
            throw new UserFacingException("template", "validation.required");
        }
        if (form.startDate() == null) {
            throw new UserFacingException("startDate", "validation.required");
        }
        if (!calendar.isWorkingDay(form.startDate())) {
            throw new UserFacingException("startDate", "onboarding.error.start-not-working-day");
        }
        PersonDetails person = people.get(form.personId());
        if (!person.active()) {
            throw new UserFacingException("person", "onboarding.error.person-inactive");
        }
        Template template = templates.findById(form.templateId())
                .orElseThrow(() -> new UserFacingException("template", "validation.required"));
        if (!template.isLatest()) {
            throw new UserFacingException("template", "onboarding.error.template-outdated");
        }
        if (queries.hasRunning(person.id(), template.getPurpose())) {
            throw new UserFacingException("person", "onboarding.error.already-running");
        }
        Long manager = form.managerId() != null ? form.managerId()
                : person.manager() == null ? null : person.manager().id();
        Map<ResponsibleParty, Long> roles = new EnumMap<>(ResponsibleParty.class);
        roles.put(ResponsibleParty.NEWCOMER, person.id());
        roles.put(ResponsibleParty.HR, hr);
        putActive(roles, ResponsibleParty.BUDDY, form.buddyId(), "buddy");
        putActive(roles, ResponsibleParty.MANAGER, manager, "manager");
        putActive(roles, ResponsibleParty.IT, form.itContactId(), "itContact");
        if (Objects.equals(form.buddyId(), person.id())) {
            throw new UserFacingException("buddy", "onboarding.error.buddy-is-person");
        }
        requireEveryParty(template, roles);
        Onboarding onboarding = onboardings.saveAndFlush(new Onboarding(template, person.id(), person.teamId(), roles,
                form.startDate(), calendar, clock.instant()));
        audit.checklist(onboarding, hr, AuditAction.STARTED);
        String name = person.fullName();
        onboarding.getItems().forEach(item -> todos.sync(item, name));
        if (template.getPurpose() == Purpose.ONBOARDING) {
            events.publishEvent(new OnboardingStarted(onboarding.getId(), person.id(), onboarding.getBuddyId(),
                    onboarding.getManagerId(), onboarding.getStartDate()));
            notifications.notify(person.id(), "onboarding.notification.welcome", "/onboarding",
                    template.getName());
            if (onboarding.getBuddyId() != null) {
                notifications.notify(onboarding.getBuddyId(), "onboarding.notification.buddy",
                        "/onboarding/" + onboarding.getId(), name);
            }
        }
        return onboarding.getId();
    }

    /** Moves the start date: open items are re-planned from it (and on the to-do lists); done ones stay. */
    @PreAuthorize("hasRole('HR')")
    public void reschedule(long id, long expectedVersion, LocalDate newStart) {
        Onboarding onboarding = onboardings.findById(id).orElseThrow(NotFoundException::new);
        if (onboarding.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        if (newStart == null) {
            throw new UserFacingException("startDate", "validation.required");
        }
        if (!calendar.isWorkingDay(newStart)) {
            throw new UserFacingException("startDate", "onboarding.error.start-not-working-day");
        }
        LocalDate previous = onboarding.getStartDate();
        if (previous.equals(newStart)) {
            return;
        }
        List<Item> moved = onboarding.reschedule(newStart, calendar);
        onboardings.saveAndFlush(onboarding);
        audit.checklist(onboarding, currentUser.requirePersonId(), AuditAction.RESCHEDULED);
        String name = views.personName(onboarding);
        moved.forEach(item -> todos.sync(item, name));
        if (onboarding.getPurpose() == Purpose.ONBOARDING) {
            events.publishEvent(new OnboardingRescheduled(id, onboarding.getPersonId(), onboarding.getBuddyId(),
                    onboarding.getManagerId(), previous, newStart));
        }
    }

    /** One checklist, if the caller takes part in it (or is HR). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OnboardingDetails get(long id) {
        Caller caller = Caller.of(currentUser);
        Onboarding onboarding = onboardings.findById(id).filter(caller::canSee).orElseThrow(NotFoundException::new);
        return views.details(onboarding, caller);
    }

    /** The caller's own checklist, the most recent one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OnboardingDetails> mine() {
        Caller caller = Caller.of(currentUser);
        if (caller.personId() == null) {
            return Optional.empty(); // a technical account has no checklist
        }
        return onboardings.findByPersonIdOrderByStartDateDesc(caller.personId()).stream().findFirst()
                .map(onboarding -> views.details(onboarding, caller));
    }

    /** Checklists of other people the caller takes part in, running ones first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OnboardingSummary> involvingMe() {
        Long me = Caller.of(currentUser).personId();
        return me == null ? List.of() : queries.involving(me, LocalDate.now(clock));
    }

    /** Items of other people's checklists waiting for the caller, soonest due first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChecklistItem> waitingForMe() {
        Caller caller = Caller.of(currentUser);
        if (caller.personId() == null) {
            return List.of();
        }
        long me = caller.personId();
        List<Item> mine = items.findByResponsiblePersonIdAndStatusNotOrderByDueDateAscIdAsc(me, ItemStatus.DONE).stream()
                .filter(item -> item.getOnboarding().getPersonId() != me).toList();
        return views.items(mine, caller);
    }

    /** Writing exercises waiting for the caller's review, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ChecklistItem> reviewsWaiting() {
        Caller caller = Caller.of(currentUser);
        return caller.personId() == null ? List.of() : views.items(items.reviewsWaitingFor(caller.personId()), caller);
    }

    private void putActive(Map<ResponsibleParty, Long> roles, ResponsibleParty role, Long personId, String field) {
        if (personId == null) {
            return;
        }
        if (!people.get(personId).active()) {
            throw new UserFacingException(field, "onboarding.error.person-inactive");
        }
        roles.put(role, personId);
    }

    private static void requireEveryParty(Template template, Map<ResponsibleParty, Long> roles) {
        Set<ResponsibleParty> needed = template.getItems().stream().map(item -> item.toForm().responsible())
                .collect(Collectors.toSet());
        boolean reviewNeeded = template.getItems().stream()
                .anyMatch(item -> item.toForm().kind() == ItemKind.WRITE_AND_REVIEW);
        if (needed.contains(ResponsibleParty.BUDDY) && !roles.containsKey(ResponsibleParty.BUDDY)) {
            throw new UserFacingException("buddy", "onboarding.error.buddy-required");
        }
        if (reviewNeeded && !roles.containsKey(ResponsibleParty.BUDDY) && !roles.containsKey(ResponsibleParty.MANAGER)) {
            throw new UserFacingException("buddy", "onboarding.error.reviewer-required");
        }
        if (needed.contains(ResponsibleParty.MANAGER) && !roles.containsKey(ResponsibleParty.MANAGER)) {
            throw new UserFacingException("manager", "onboarding.error.manager-required");
        }
        if (needed.contains(ResponsibleParty.IT) && !roles.containsKey(ResponsibleParty.IT)) {
            throw new UserFacingException("itContact", "onboarding.error.it-required");
        }
    }
}
