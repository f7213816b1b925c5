package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.clients.ClientFilter;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.clients.ClientSummary;
import io.relais.clients.DocumentRef;
import io.relais.clients.InvoiceFilter;
import io.relais.clients.InvoiceService;
import io.relais.clients.InvoiceStatus;
import io.relais.clients.InvoiceSummary;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectStatus;
import io.relais.clients.ProjectSummary;
import io.relais.clients.TaskFilter;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import io.relais.people.PersonFilter;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The demo organisation's clients, read through the clients module's services as leadership
 * (who may see every invoice): about 40 clients, 120 projects over three years run by demo people,
 * their tasks, the documents about them and their invoices. Other tests add clients, projects
 * and people to the shared database, so this looks at the demo's clients only, by name.
 */
@RelaisSpringTest
class DemoClientsTest {

    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    TaskService tasks;
    @Autowired
    InvoiceService invoices;
    @Autowired
    PersonService people;
    @Autowired
    Clock clock;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    List<ClientSummary> demoClients;
    Set<Long> demoPeople;

    @BeforeEach
    void readTheDemoClients() {
        Set<String> names = Set.copyOf(DemoClients.DemoClientData.clientNames());
        demoClients = asLeadership(() -> clients.page(ClientFilter.ALL, 0, 10_000)).stream()
                .filter(client -> names.contains(client.name())).toList();
        // the demo's people, those who left too: their addresses are at canopee.fr, test people's never
        demoPeople = asLeadership(() -> people.page(new PersonFilter("@canopee.fr", null, true), 0, 1_000)).stream()
                .map(PersonSummary::id).collect(Collectors.toSet());
    }

    @Test
    void aboutFortyClientsProspectActiveAndFormerEachFollowedByADemoPerson() {
        assertThat(demoClients).hasSizeBetween(35, 45);
        assertThat(demoClients).extracting(ClientSummary::status).contains(ClientStatus.values());
        assertThat(demoClients).allSatisfy(client -> assertThat(demoPeople).as(client.name() + "'s account owner")
                .contains(client.accountOwner().id()));
        assertThat(demoClients.stream().map(ClientSummary::sector).distinct()).hasSizeGreaterThan(10);
        assertThat(asLeadership(() -> demoClients.stream().filter(client -> clients.contacts(client.id()).isEmpty())
                .map(ClientSummary::name).toList())).as("clients without contacts").isEmpty();
    }

    @Test
    void aboutOneHundredTwentyProjectsOverThreeYearsRunByDemoPeople() {
        List<ProjectSummary> all = demoProjects();
        assertThat(all).hasSizeBetween(110, 130);
        LocalDate today = LocalDate.now(clock);
        assertThat(all).extracting(ProjectSummary::startDate).as("started since the agency's first day, or soon")
                .allMatch(start -> !start.isBefore(today.minusYears(3)) && !start.isAfter(today.plusMonths(3)));
        Map<Integer, Long> perYear = all.stream().collect(Collectors.groupingBy(
                project -> yearOfTheThree(project.startDate(), today), Collectors.counting()));
        assertThat(perYear).as("projects started in each of the last three years").hasSize(3)
                .allSatisfy((year, count) -> assertThat(count).as("year %d before today", year).isGreaterThanOrEqualTo(20));
        assertThat(all).extracting(ProjectSummary::status).contains(ProjectStatus.values());
        assertThat(all).allSatisfy(project -> {
            assertThat(demoPeople).as(project.label() + "'s owner").contains(project.owner().id());
            assertThat(project.endDate()).as(project.label()).isAfter(project.startDate());
        });
        assertThat(asLeadership(() -> all.stream().flatMap(project -> projects.get(project.id()).members().stream())
                .toList())).as("project team members").isNotEmpty().allMatch(member -> demoPeople.contains(member.id()));
    }

    @Test
    void projectsHaveTasksAssignedToDemoPeopleDoneWhenTheProjectIsFinished() {
        List<ProjectSummary> all = demoProjects();
        Map<Long, List<TaskSummary>> byProject = asLeadership(() -> all.stream().collect(Collectors.toMap(
                ProjectSummary::id, project -> tasks.list(TaskFilter.ofProject(project.id()), 0, 1_000))));
        assertThat(byProject.values()).as("tasks per project").allMatch(list -> list.size() >= 6);
        List<TaskSummary> every = byProject.values().stream().flatMap(List::stream).toList();
        assertThat(every).allSatisfy(task -> assertThat(task.assignee()).as(task.title()).isNotNull()
                .extracting(assignee -> demoPeople.contains(assignee.id())).isEqualTo(true));
        // finished projects' tasks are done (browser journeys may add an open one to a demo project)
        List<TaskSummary> ofFinished = all.stream().filter(project -> project.status() == ProjectStatus.COMPLETED)
                .flatMap(project -> byProject.get(project.id()).stream()).toList();
        assertThat(ofFinished.stream().filter(task -> task.status() == TaskStatus.DONE).count())
                .as("done tasks of finished projects").isGreaterThan(ofFinished.size() * 9L / 10);
        assertThat(all.stream().filter(project -> project.status() == ProjectStatus.ACTIVE)
                .flatMap(project -> byProject.get(project.id()).stream()).map(TaskSummary::status))
                .as("tasks of running projects, over the whole board").contains(TaskStatus.values());
    }

    @Test
    void feedbackMinutesAndProblemsAreLinkedToClientsAndTheirProjects() {
        List<ProjectSummary> all = demoProjects();
        Map<String, Set<Long>> byKind = asLeadership(() -> all.stream().flatMap(project -> projects.documents(project.id())
                .stream()).collect(Collectors.groupingBy(DocumentRef::kind,
                Collectors.mapping(DocumentRef::id, Collectors.toSet()))));
        assertThat(byKind.keySet()).contains("FEEDBACK", "MINUTES", "PROBLEM");
        assertThat(byKind.get("FEEDBACK")).as("client feedback").hasSizeGreaterThanOrEqualTo(5);
        assertThat(byKind.get("MINUTES")).as("minutes of client meetings").hasSizeGreaterThanOrEqualTo(5);
        assertThat(byKind.get("PROBLEM")).as("problems met on client projects").hasSizeGreaterThanOrEqualTo(5);
        // a document linked to a project is the client's too, and shows on the client's page
        long clientsWithDocuments = asLeadership(() -> demoClients.stream()
                .filter(client -> clients.overview(client.id()).documentCount() > 0).count());
        assertThat(clientsWithDocuments).as("clients with documents on their page").isGreaterThanOrEqualTo(10);
    }

    @Test
    void invoicesOfStartedProjectsSomePaidSomeOverdue() {
        List<InvoiceSummary> all = asLeadership(() -> demoClients.stream()
                .flatMap(client -> invoices.page(new InvoiceFilter(client.id(), null, null, null), 0, 1_000).stream())
                .toList());
        Set<Long> invoiced = all.stream().map(InvoiceSummary::projectId).collect(Collectors.toSet());
        assertThat(demoProjects()).filteredOn(project -> project.status() != ProjectStatus.PLANNED)
                .as("started projects without an invoice").allMatch(project -> invoiced.contains(project.id()));
        Map<InvoiceStatus, Long> perStatus = all.stream().collect(Collectors.groupingBy(InvoiceSummary::status,
                Collectors.counting()));
        assertThat(perStatus).containsKeys(InvoiceStatus.PAID, InvoiceStatus.OVERDUE);
        assertThat(perStatus.get(InvoiceStatus.PAID)).as("most invoices are paid")
                .isGreaterThan(all.size() / 2);
        LocalDate today = LocalDate.now(clock);
        assertThat(all).allSatisfy(invoice -> {
            assertThat(invoice.projectId()).as(invoice.number()).isNotNull();
            assertThat(invoice.amountInclTax()).as(invoice.number()).isGreaterThan(invoice.amountExclTax());
            if (invoice.status() == InvoiceStatus.PAID) {
                assertThat(invoice.paidOn()).as(invoice.number()).isNotNull().isAfterOrEqualTo(invoice.issueDate());
            }
            if (invoice.status() == InvoiceStatus.OVERDUE) {
                assertThat(invoice.dueDate()).as(invoice.number()).isBefore(today);
            }
        });
    }

    private List<ProjectSummary> demoProjects() {
        return asLeadership(() -> demoClients.stream().flatMap(client -> projects.ofClient(client.id()).stream()).toList());
    }

    /**
     * Which of the agency's three years a day falls in, counted back from today: 0 for the last
     * twelve months (and what is planned ahead), 2 for the first year (its very first day included).
     */
    private static int yearOfTheThree(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? 0 : Math.min(2, Period.between(day, today).getYears());
    }

    private <T> T asLeadership(Supplier<T> work) {
        return users.as(DemoLogins.LEADERSHIP.email(), work);
    }
}
