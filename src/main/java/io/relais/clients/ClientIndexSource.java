package io.relais.clients;

import io.relais.clients.internal.Client;
import io.relais.clients.internal.ClientContact;
import io.relais.clients.internal.ClientContactRepository;
import io.relais.clients.internal.ClientRepository;
import io.relais.clients.internal.PeopleLabels;
import io.relais.clients.internal.Project;
import io.relais.clients.internal.ProjectRepository;
import io.relais.clients.internal.Task;
import io.relais.clients.internal.TaskCommentEntry;
import io.relais.clients.internal.TaskCommentRepository;
import io.relais.clients.internal.TaskRepository;
import io.relais.people.PersonRef;
import io.relais.platform.CurrentUser;
import io.relais.platform.RelaisPrincipal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients, contacts, projects and tasks as search indexes them. Loading is for the system only
 * (the indexer runs as an administrator task). What is loaded is what every signed-in person
 * reads through the services; a contact's phone number and the invoices, which only some people
 * see, are never part of it. Pages are loaded in a handful of queries, not one per item.
 */
@Service
@Transactional(readOnly = true)
public class ClientIndexSource {

    public static final int MAX_PAGE = 1_000;

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final TaskCommentRepository comments;
    private final PeopleLabels people;
    private final CurrentUser currentUser;

    ClientIndexSource(ClientRepository clients, ClientContactRepository contacts, ProjectRepository projects,
            TaskRepository tasks, TaskCommentRepository comments, PeopleLabels people, CurrentUser currentUser) {
        this.clients = clients;
        this.contacts = contacts;
        this.projects = projects;
        this.tasks = tasks;
        this.comments = comments;
        this.people = people;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(ClientItem item) {
        return switch (item) {
            case CLIENT -> clients.count();
            case CONTACT -> contacts.count();
            case PROJECT -> projects.count();
            case TASK -> tasks.count();
        };
    }

    /** The next items after the given id, in id order. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<IndexableClientItem> page(ClientItem item, long afterId, int limit) {
        Limit page = Limit.of(Math.max(1, Math.min(limit, MAX_PAGE)));
        return switch (item) {
            case CLIENT -> ofClients(clients.after(afterId, page));
            case CONTACT -> ofContacts(contacts.after(afterId, page));
            case PROJECT -> ofProjects(projects.after(afterId, page));
            case TASK -> ofTasks(tasks.after(afterId, page));
        };
    }

    /** One item, or nothing when it does not exist (any more). */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<IndexableClientItem> find(ClientItem item, long id) {
        List<IndexableClientItem> found = switch (item) {
            case CLIENT -> ofClients(clients.findAllById(List.of(id)));
            case CONTACT -> ofContacts(contacts.findAllById(List.of(id)));
            case PROJECT -> ofProjects(projects.withClients(List.of(id)));
            case TASK -> ofTasks(tasks.findById(id).stream().toList());
        };
        return found.stream().findFirst();
    }

    /**
     * The items that show the name of a client (its contacts, projects and tasks) or of a
     * project (its tasks): what to index again when it is renamed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<ClientItem, List<Long>> namedAfter(ClientItem item, long id) {
        return switch (item) {
            case CLIENT -> Map.of(ClientItem.CONTACT, contacts.idsOfClient(id), ClientItem.PROJECT,
                    projects.idsOfClient(id), ClientItem.TASK, tasks.idsOfClient(id));
            case PROJECT -> Map.of(ClientItem.TASK, tasks.idsOfProject(id));
            case CONTACT, TASK -> Map.of();
        };
    }

    /** The names of clients, by id (documents linked to them carry them in search). */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, String> clientNames(Collection<Long> clientIds) {
        return clientIds.isEmpty() ? Map.of() : clients.findAllById(clientIds).stream()
                .collect(Collectors.toMap(Client::getId, Client::getName));
    }

    /** Projects named as {@link IndexableClientItem#projectLabel} does, by id. */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Long, String> projectLabels(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? Map.of() : projects.withClients(projectIds).stream()
                .collect(Collectors.toMap(Project::getId, ClientIndexSource::label));
    }

    /**
     * Whether the signed-in account reads clients, projects and tasks: every account of a person
     * does (company transparency); a technical account without a person does not, as in the services.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // asked at every search: no database, no transaction
    public boolean readsClients() {
        return currentUser.get().map(RelaisPrincipal::personId).isPresent();
    }

    private List<IndexableClientItem> ofClients(List<Client> page) {
        Map<Long, PersonRef> owners = people.refs(page.stream().map(Client::getAccountOwnerId).toList());
        return page.stream().map(c -> new IndexableClientItem(ClientItem.CLIENT, c.getId(), c.getName(),
                text(c.getSector(), c.getNotes()), name(owners, c.getAccountOwnerId()), c.getId(), c.getName(), null,
                null, c.getUpdatedAt())).toList();
    }

    private List<IndexableClientItem> ofContacts(List<ClientContact> page) {
        Map<Long, Client> owners = clients.findAllById(page.stream().map(ClientContact::getClientId).distinct().toList())
                .stream().collect(Collectors.toMap(Client::getId, Function.identity()));
        List<IndexableClientItem> result = new ArrayList<>(page.size());
        for (ClientContact k : page) {
            Client client = owners.get(k.getClientId());
            // no phone number here: only some people may read it, everybody finds the contact
            result.add(new IndexableClientItem(ClientItem.CONTACT, k.getId(), k.getName(),
                    text(k.getRole(), k.getEmail(), client.getName()), null, client.getId(), client.getName(), null,
                    null, client.getUpdatedAt()));
        }
        return result;
    }

    private List<IndexableClientItem> ofProjects(List<Project> page) {
        Map<Long, PersonRef> owners = people.refs(page.stream().map(Project::getOwnerId).toList());
        return page.stream().map(p -> new IndexableClientItem(ClientItem.PROJECT, p.getId(), p.getName(),
                text(p.getDescription()), name(owners, p.getOwnerId()), p.getClient().getId(), p.getClient().getName(),
                p.getId(), label(p), p.getUpdatedAt())).toList();
    }

    private List<IndexableClientItem> ofTasks(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Task::getId).toList();
        Map<Long, List<String>> extra = new HashMap<>();
        for (Object[] row : tasks.checklistTexts(ids)) {
            extra.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        for (TaskCommentEntry comment : comments.findByTaskIdInOrderByCreatedAtAscIdAsc(ids)) {
            extra.computeIfAbsent(comment.getTaskId(), id -> new ArrayList<>()).add(comment.getBody());
        }
        Map<Long, PersonRef> assignees = people.refs(page.stream().map(Task::getAssigneeId).filter(Objects::nonNull).toList());
        return page.stream().map(t -> {
            Project p = t.getProject();
            List<String> parts = new ArrayList<>();
            parts.add(t.getDescription());
            parts.addAll(extra.getOrDefault(t.getId(), List.of()));
            return new IndexableClientItem(ClientItem.TASK, t.getId(), t.getTitle(), text(parts.toArray(String[]::new)),
                    t.getAssigneeId() == null ? null : name(assignees, t.getAssigneeId()), p.getClient().getId(),
                    p.getClient().getName(), p.getId(), label(p), t.getUpdatedAt());
        }).toList();
    }

    private static String label(Project p) {
        return IndexableClientItem.projectLabel(p.getClient().getName(), p.getName());
    }

    private static String name(Map<Long, PersonRef> refs, long personId) {
        PersonRef ref = refs.get(personId);
        return ref == null ? null : ref.fullName();
    }

    private static String text(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining("\n\n"));
    }
}
