package io.relais.clients;

import io.relais.clients.internal.ActivePeople;
import io.relais.clients.internal.ActivityFeed;
import io.relais.clients.internal.Caller;
import io.relais.clients.internal.Callers;
import io.relais.clients.internal.Client;
import io.relais.clients.internal.ClientRepository;
import io.relais.clients.internal.CommentMarkdown;
import io.relais.clients.internal.Inputs;
import io.relais.clients.internal.PeopleLabels;
import io.relais.clients.internal.Project;
import io.relais.clients.internal.ProjectRepository;
import io.relais.people.PersonRef;
import io.relais.platform.LikePattern;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects of clients. Everybody reads them; ADMIN, LEADERSHIP and the client's account owner
 * create them; those and the project owner edit them.
 */
@Service
@Transactional
public class ProjectService {

    private static final BigDecimal MAX_BUDGET_DAYS = new BigDecimal("100000");
    static final int PAGE_FEED = 100;

    private final ProjectRepository projects;
    private final ClientRepository clients;
    private final Callers callers;
    private final PeopleLabels people;
    private final ActivePeople activePeople;
    private final ActivityFeed feed;
    private final CommentMarkdown markdown;
    private final LinkedDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ClientRepository clients, Callers callers, PeopleLabels people,
            ActivePeople activePeople, ActivityFeed feed, CommentMarkdown markdown, LinkedDocuments documents,
            ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.clients = clients;
        this.callers = callers;
        this.people = people;
        this.activePeople = activePeople;
        this.feed = feed;
        this.markdown = markdown;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** A client's projects, most recent first, with their open tasks counted. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectSummary> ofClient(long clientId) {
        return summaries(projects.ofClient(clientId));
    }

    /** Projects whose name or client contains the text, open ones first: for pickers and filters. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProjectSummary> find(String text, int offset, int limit) {
        return summaries(projects.find(LikePattern.containing(text), OffsetPage.of(offset, limit, Sort.unsorted())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text) {
        return projects.count(LikePattern.containing(text));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProjectDetails get(long id) {
        return details(project(id), callers.current());
    }

    @PreAuthorize("isAuthenticated()")
    public long create(ProjectForm form) {
        Caller caller = callers.current();
        Client client = clients.findById(form.clientId()).orElseThrow(() -> new UserFacingException("client", "clients.error.no-client"));
        if (!caller.canEditClient(client)) {
            throw new UserFacingException(null, "clients.error.not-allowed");
        }
        Project project = new Project(client, clock.instant());
        apply(project, form, caller, 0);
        projects.save(project);
        feed.project(caller.personId(), project, "PROJECT_CREATED", project.getName());
        events.publishEvent(ClientDataChanged.of(ClientItem.PROJECT, project.getId()));
        return project.getId();
    }

    @PreAuthorize("isAuthenticated()")
    public ProjectDetails update(long id, long expectedVersion, ProjectForm form) {
        Caller caller = callers.current();
        Project project = project(id);
        if (!caller.canEditProject(project)) {
            throw new UserFacingException(null, "clients.error.not-allowed");
        }
        ClientService.requireVersion(project.getVersion(), expectedVersion);
        ProjectStatus before = project.getStatus();
        String formerName = project.getName();
        apply(project, form, caller, id);
        events.publishEvent(new ClientDataChanged(ClientItem.PROJECT, id, !formerName.equals(project.getName())));
        feed.project(caller.personId(), project,
                before == project.getStatus() ? "PROJECT_UPDATED" : "PROJECT_STATUS_" + project.getStatus(), project.getName());
        projects.flush();
        return details(project, caller);
    }

    /** The project's activity feed: status changes, comments, new tasks, most recent first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimelineEntry> feed(long projectId) {
        project(projectId);
        return feed.ofProject(projectId, PAGE_FEED);
    }

    /** Documents of the hub linked to the project that the reader may open. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentRef> documents(long projectId) {
        project(projectId);
        return documents.ofProject(projectId, ClientService.PAGE_DOCUMENTS);
    }

    private void apply(Project project, ProjectForm form, Caller caller, long id) {
        String name = TextInput.required("name", form.name(), 150);
        long clientId = project.getClient().getId();
        if (id == 0 ? projects.existsByClientIdAndName(clientId, name) : projects.existsByClientIdAndNameAndIdNot(clientId, name, id)) {
            throw new UserFacingException("name", "projects.error.name-taken", name);
        }
        long owner = form.ownerId() == null ? caller.personId() : form.ownerId();
        Set<Long> members = new HashSet<>(form.memberIds());
        members.add(owner);
        for (long member : members) {
            activePeople.require(member == owner ? "owner" : "members", member);
        }
        Inputs.datesInOrder("endDate", form.startDate(), form.endDate());
        project.apply(name, Inputs.longText("description", form.description()), owner, members,
                form.status() == null ? ProjectStatus.PLANNED : form.status(), form.startDate(), form.endDate(),
                Inputs.amount("budgetDays", form.budgetDays(), 1, MAX_BUDGET_DAYS), clock.instant());
    }

    private List<ProjectSummary> summaries(List<Object[]> rows) {
        Map<Long, PersonRef> owners = people.refs(rows.stream().map(row -> ((Project) row[0]).getOwnerId()).toList());
        return rows.stream().map(row -> {
            Project p = (Project) row[0];
            return new ProjectSummary(p.getId(), p.getClient().getId(), p.getClient().getName(), p.getName(),
                    owners.get(p.getOwnerId()), p.getStatus(), p.getStartDate(), p.getEndDate(), p.getBudgetDays(),
                    ((Number) row[1]).longValue());
        }).toList();
    }

    private ProjectDetails details(Project p, Caller caller) {
        Map<Long, PersonRef> refs = people.refs(p.getMemberIds());
        List<PersonRef> members = refs.values().stream().sorted(Comparator.comparing(PersonRef::fullName)).toList();
        return new ProjectDetails(p.getId(), p.getVersion(), p.getClient().getId(), p.getClient().getName(),
                p.getName(), p.getDescription(), markdown.html(p.getDescription()), people.ref(p.getOwnerId()),
                members, p.getStatus(), p.getStartDate(), p.getEndDate(), p.getBudgetDays(),
                caller.canEditProject(p), caller.canWriteTasks(p), caller.canSeeInvoicesOf(p));
    }

    private Project project(long id) {
        return projects.findById(id).orElseThrow(NotFoundException::new);
    }
}
