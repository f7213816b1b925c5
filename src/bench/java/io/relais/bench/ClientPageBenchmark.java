package io.relais.bench;

import io.relais.Application;
import io.relais.TestUsers;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientPage;
import io.relais.clients.ClientService;
import io.relais.clients.ProjectForm;
import io.relais.clients.ProjectService;
import io.relais.clients.TaskForm;
import io.relais.clients.TaskService;
import io.relais.clients.TaskStatus;
import io.relais.clients.TaskSummary;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data behind a large client's page and a large board, measured in the server, where the
 * time goes (the browser then draws what it receives): a client with 30 projects, 2,000 tasks
 * (500 in one project) and 300 linked documents is created through the services on a fresh data
 * folder; then {@code ClientService.overview} (everything the client page shows) and one board
 * move with what the board reloads after it (the two columns' first pages and the four counts)
 * are timed. Targets: page data under 200 ms p95; board round trip under 100 ms p95.
 */
public final class ClientPageBenchmark {

    private static final String LOGIN = "julien.mercier@canopee.fr";
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;
    private static final int PAGE = 50;

    private ClientPageBenchmark() {
    }

    public static void main(String[] args) {
        String loadBefore = Bench.loadAverage();
        Path data = Bench.freshDataFolder("client-page");
        try (ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--relais.data-dir=" + data.toAbsolutePath(), "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn")) {
            TestUsers users = new TestUsers(context);
            ClientService clients = context.getBean(ClientService.class);
            ProjectService projects = context.getBean(ProjectService.class);
            TaskService tasks = context.getBean(TaskService.class);
            DocumentService documents = context.getBean(DocumentService.class);

            long seedStart = System.nanoTime();
            long[] ids = users.as(LOGIN, () -> seed(clients, projects, tasks, documents));
            long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
            long clientId = ids[0];
            long bigProject = ids[1];

            List<Long> page = new ArrayList<>();
            ClientPage last = null;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                last = users.as(LOGIN, () -> clients.overview(clientId));
                if (i >= WARM_UP) {
                    page.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            List<Long> board = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                TaskStatus from = i % 2 == 0 ? TaskStatus.TO_DO : TaskStatus.DOING;
                TaskStatus to = i % 2 == 0 ? TaskStatus.DOING : TaskStatus.TO_DO;
                TaskSummary card = users.as(LOGIN, () -> tasks.column(bigProject, from, 0, PAGE)).getFirst();
                long start = System.nanoTime();
                users.as(LOGIN, () -> {
                    tasks.move(card.id(), card.version(), to);
                    tasks.column(bigProject, from, 0, PAGE);
                    tasks.column(bigProject, to, 0, PAGE);
                    for (TaskStatus status : TaskStatus.values()) {
                        tasks.columnSize(bigProject, status);
                    }
                    return null;
                });
                if (i >= WARM_UP) {
                    board.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            report(loadBefore, seedMillis, last, page, board);
        }
    }

    /** The big client: 30 projects, 2,000 tasks (500 in the first project), 300 linked documents. */
    private static long[] seed(ClientService clients, ProjectService projects, TaskService tasks, DocumentService documents) {
        long clientId = clients.create(new ClientForm("Grand Compte Benchmark", "Industrie", null, null, null));
        List<Long> projectIds = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            projectIds.add(projects.create(new ProjectForm(clientId, "Projet " + p, null, null, Set.of(),
                    LocalDate.now().minusDays(p * 30L), LocalDate.now().plusDays(60), null, null)));
        }
        TaskStatus[] statuses = TaskStatus.values();
        for (int t = 0; t < 2000; t++) {
            long project = t < 500 ? projectIds.getFirst() : projectIds.get(1 + t % 29);
            long id = tasks.create(new TaskForm(project, "Tâche " + t, null, null, LocalDate.now().plusDays(t % 40 - 10), null));
            TaskStatus status = statuses[t % statuses.length];
            if (status != TaskStatus.TO_DO) {
                tasks.move(id, tasks.get(id).version(), status);
            }
        }
        long space = documents.writableSpaces().getFirst().id();
        for (int d = 0; d < 300; d++) {
            DocumentDetails doc = documents.create(DocumentKind.MINUTES, new DocumentForm(space, "Compte rendu client " + d,
                    "Réunion avec le client.", "fr", Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY));
            documents.linkToClient(doc.id(), clientId, projectIds.get(d % 30));
        }
        return new long[] {clientId, projectIds.getFirst()};
    }

    private static void report(String loadBefore, long seedMillis, ClientPage page, List<Long> pageTimes, List<Long> board) {
        long pageP95 = Bench.percentile(pageTimes, 95);
        long boardP95 = Bench.percentile(board, 95);
        List<String> lines = new ArrayList<>(List.of("## Client page and board (data in the server)", ""));
        lines.addAll(Bench.machine(Bench.command() + " (section client-page)", loadBefore, Bench.loadAverage()));
        lines.addAll(List.of(
                "- Data: 1 client, " + page.projects().size() + " projects, 2,000 tasks (500 in one project, "
                        + page.openTaskCount() + " open), " + page.documentCount() + " linked documents, created through"
                        + " the services in " + Bench.s(seedMillis),
                "- What is timed: `ClientService.overview` (everything the client page shows: contacts, projects with"
                        + " open-task counts, first 50 documents and the count, first 50 open tasks and the count,"
                        + " invoices, timeline), " + RUNS + " runs after " + WARM_UP + " warm-up; and a board move with"
                        + " what the board reloads after it (two columns' first " + PAGE + " cards, four column counts)",
                "",
                "| measure | p50 | p95 | max | target (p95) |",
                "|---|---|---|---|---|",
                "| client page data | " + Bench.percentile(pageTimes, 50) + " ms | " + pageP95 + " ms | "
                        + Bench.max(pageTimes) + " ms | < 200 ms " + (pageP95 < 200 ? "(met)" : "(missed)") + " |",
                "| board move + reload (500 tasks) | " + Bench.percentile(board, 50) + " ms | " + boardP95 + " ms | "
                        + Bench.max(board) + " ms | < 100 ms " + (boardP95 < 100 ? "(met)" : "(missed)") + " |"));
        Bench.writeSection("client-page", String.join("\n", lines));
    }
}
