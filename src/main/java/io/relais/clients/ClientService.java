package io.relais.clients;

import io.relais.clients.internal.ActivePeople;
import io.relais.clients.internal.ActivityFeed;
import io.relais.clients.internal.Caller;
import io.relais.clients.internal.Callers;
import io.relais.clients.internal.Client;
import io.relais.clients.internal.ClientContact;
import io.relais.clients.internal.ClientContactRepository;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients and their contacts. Everybody signed in reads clients (company transparency); editing
 * is for ADMIN, LEADERSHIP and the account owner; a contact's phone number is shown only to
 * them and to the owners of the client's projects.
 */
@Service
@Transactional
public class ClientService {

    static final int PAGE_PROJECTS = 200;
    static final int PAGE_TASKS = 50;
    static final int PAGE_DOCUMENTS = 50;
    static final int PAGE_INVOICES = 100;
    static final int PAGE_TIMELINE = 50;

    private final ClientRepository clients;
    private final ClientContactRepository contacts;
    private final ProjectRepository projects;
    private final Callers callers;
    private final PeopleLabels people;
    private final ActivePeople activePeople;
    private final ActivityFeed feed;
    private final CommentMarkdown markdown;
    private final ProjectService projectService;
    private final TaskService tasks;
    private final InvoiceService invoices;
    private final LinkedDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(ClientRepository clients, ClientContactRepository contacts, ProjectRepository projects,
            Callers callers, PeopleLabels people, ActivePeople activePeople, ActivityFeed feed,
            CommentMarkdown markdown, ProjectService projectService, TaskService tasks, InvoiceService invoices,
            LinkedDocuments documents, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.projects = projects;
        this.callers = callers;
        this.people = people;
        this.activePeople = activePeople;
        this.feed = feed;
        this.markdown = markdown;
        this.projectService = projectService;
        this.tasks = tasks;
        this.invoices = invoices;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClientSummary> page(ClientFilter filter, int offset, int limit) {
        List<Object[]> rows = clients.page(LikePattern.containing(filter.text()), filter.status(),
                blankToNull(filter.sector()), filter.accountOwnerId(), OffsetPage.of(offset, limit, Sort.unsorted()));
        Map<Long, PersonRef> owners = people.refs(rows.stream().map(row -> ((Client) row[0]).getAccountOwnerId()).toList());
        return rows.stream().map(row -> {
            Client c = (Client) row[0];
            return new ClientSummary(c.getId(), c.getName(), c.getSector(), c.getStatus(),
                    owners.get(c.getAccountOwnerId()), ((Number) row[1]).longValue());
        }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ClientFilter filter) {
        return clients.count(LikePattern.containing(filter.text()), filter.status(), blankToNull(filter.sector()),
                filter.accountOwnerId());
    }

    /** The sectors clients are in, for the filter and for typing a new one consistently. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> sectors() {
        return clients.sectors();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClientDetails get(long id) {
        return details(client(id), callers.current());
    }

    /** Anybody may register a client; they become its account owner unless they name another. */
    @PreAuthorize("isAuthenticated()")
    public long create(ClientForm form) {
        Caller caller = callers.current();
        Client client = new Client(clock.instant());
        apply(client, form, caller, 0);
        clients.save(client);
        feed.client(caller.personId(), client, "CLIENT_CREATED", client.getName());
        events.publishEvent(ClientDataChanged.of(ClientItem.CLIENT, client.getId()));
        return client.getId();
    }

    @PreAuthorize("isAuthenticated()")
    public ClientDetails update(long id, long expectedVersion, ClientForm form) {
        Caller caller = callers.current();
        Client client = client(id);
        requireEdit(client, caller);
        requireVersion(client.getVersion(), expectedVersion);
        ClientStatus before = client.getStatus();
        String formerName = client.getName();
        apply(client, form, caller, id);
        events.publishEvent(new ClientDataChanged(ClientItem.CLIENT, id, !formerName.equals(client.getName())));
        feed.client(caller.personId(), client, before == client.getStatus() ? "CLIENT_UPDATED" : "CLIENT_STATUS_" + client.getStatus(),
                client.getName());
        clients.flush();
        return details(client, caller);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Contact> contacts(long clientId) {
        Client client = client(clientId);
        boolean phones = canSeePhones(client, callers.current());
        return contacts.findByClientIdOrderByNameAscIdAsc(clientId).stream().map(k -> contact(k, phones)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long addContact(long clientId, ContactForm form) {
        Caller caller = callers.current();
        Client client = client(clientId);
        requireEdit(client, caller);
        ClientContact contact = new ClientContact(clientId);
        applyContact(contact, form);
        contacts.save(contact);
        feed.client(caller.personId(), client, "CONTACT_ADDED", contact.getName());
        events.publishEvent(ClientDataChanged.of(ClientItem.CONTACT, contact.getId()));
        return contact.getId();
    }

    @PreAuthorize("isAuthenticated()")
    public void updateContact(long contactId, long expectedVersion, ContactForm form) {
        Caller caller = callers.current();
        ClientContact contact = contacts.findById(contactId).orElseThrow(NotFoundException::new);
        requireEdit(client(contact.getClientId()), caller);
        requireVersion(contact.getVersion(), expectedVersion);
        applyContact(contact, form);
        contacts.flush();
        events.publishEvent(ClientDataChanged.of(ClientItem.CONTACT, contactId));
    }

    @PreAuthorize("isAuthenticated()")
    public void removeContact(long contactId) {
        Caller caller = callers.current();
        ClientContact contact = contacts.findById(contactId).orElseThrow(NotFoundException::new);
        Client client = client(contact.getClientId());
        requireEdit(client, caller);
        contacts.delete(contact);
        feed.client(caller.personId(), client, "CONTACT_REMOVED", contact.getName());
        events.publishEvent(ClientDataChanged.of(ClientItem.CONTACT, contactId));
    }

    /**
     * Everything the company knows about a client, in one read: contacts, projects, linked
     * documents, open tasks, the invoices the reader may see, and the activity timeline.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClientPage overview(long clientId) {
        Caller caller = callers.current();
        Client client = client(clientId);
        boolean phones = canSeePhones(client, caller);
        List<Contact> contactList = contacts.findByClientIdOrderByNameAscIdAsc(clientId).stream()
                .map(k -> contact(k, phones)).toList();
        TaskFilter open = TaskFilter.openOfClient(clientId);
        List<InvoiceSummary> invoiceList = invoices.page(new InvoiceFilter(clientId, null, null, null), 0, PAGE_INVOICES);
        return new ClientPage(details(client, caller), contactList, projectService.ofClient(clientId),
                documents.ofClient(clientId, PAGE_DOCUMENTS), documents.countOfClient(clientId),
                tasks.list(open, 0, PAGE_TASKS), tasks.count(open), invoiceList, feed.ofClient(clientId, PAGE_TIMELINE));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long clientId, int limit) {
        client(clientId);
        return feed.ofClient(clientId, limit);
    }

    /**
     * Checks a link from a document to a client and optionally one of its projects, and names
     * them: the project must belong to the client.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClientLink link(long clientId, Long projectId) {
        Client client = clients.findById(clientId).orElseThrow(() -> new UserFacingException("client", "clients.error.no-client"));
        if (projectId == null) {
            return new ClientLink(clientId, client.getName(), null, null);
        }
        Project project = projects.findById(projectId)
                .filter(p -> p.getClient().getId() == clientId)
                .orElseThrow(() -> new UserFacingException("project", "clients.error.project-of-other-client"));
        return new ClientLink(clientId, client.getName(), projectId, project.getName());
    }

    private void apply(Client client, ClientForm form, Caller caller, long id) {
        String name = TextInput.required("name", form.name(), 150);
        if (id == 0 ? clients.existsByName(name) : clients.existsByNameAndIdNot(name, id)) {
            throw new UserFacingException("name", "clients.error.name-taken", name);
        }
        long owner = form.accountOwnerId() == null ? caller.personId() : form.accountOwnerId();
        activePeople.require("accountOwner", owner);
        client.apply(name, TextInput.optional("sector", form.sector(), 100),
                form.status() == null ? ClientStatus.PROSPECT : form.status(), owner,
                Inputs.longText("notes", form.notes()), clock.instant());
    }

    private void applyContact(ClientContact contact, ContactForm form) {
        contact.apply(TextInput.required("name", form.name(), 150), TextInput.optional("role", form.role(), 120),
                Inputs.email("email", TextInput.optional("email", form.email(), 254)),
                Inputs.phone("phone", TextInput.optional("phone", form.phone(), 40)));
    }

    private boolean canSeePhones(Client client, Caller caller) {
        return caller.canEditClient(client) || projects.existsByClientIdAndOwnerId(client.getId(), caller.personId());
    }

    private static Contact contact(ClientContact k, boolean phones) {
        return new Contact(k.getId(), k.getVersion(), k.getClientId(), k.getName(), k.getRole(), k.getEmail(),
                phones ? k.getPhone() : null, !phones && k.getPhone() != null);
    }

    private ClientDetails details(Client c, Caller caller) {
        return new ClientDetails(c.getId(), c.getVersion(), c.getName(), c.getSector(), c.getStatus(),
                people.ref(c.getAccountOwnerId()), c.getNotes(), markdown.html(c.getNotes()), c.getUpdatedAt(),
                caller.canEditClient(c), caller.management());
    }

    private Client client(long id) {
        return clients.findById(id).orElseThrow(NotFoundException::new);
    }

    private static void requireEdit(Client client, Caller caller) {
        if (!caller.canEditClient(client)) {
            throw new UserFacingException(null, "clients.error.not-allowed");
        }
    }

    static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
