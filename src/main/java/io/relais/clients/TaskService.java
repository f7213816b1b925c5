package io.relais.clients;

import io.relais.clients.internal.ActivePeople;
import io.relais.clients.internal.ActivityFeed;
import io.relais.clients.internal.Caller;
import io.relais.clients.internal.Callers;
import io.relais.clients.internal.CommentMarkdown;
import io.relais.clients.internal.Inputs;
import io.relais.clients.internal.PeopleLabels;
import io.relais.clients.internal.Project;
import io.relais.clients.internal.ProjectRepository;
import io.relais.clients.internal.Task;
import io.relais.clients.internal.TaskCommentEntry;
import io.relais.clients.internal.TaskCommentRepository;
import io.relais.clients.internal.TaskRepository;
import io.relais.clients.internal.TaskTodos;
import io.relais.notifications.NotificationService;
import io.relais.people.PersonRef;
import io.relais.platform.LikePattern;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import io.relais.todo.LinkedTodoCompleted;
import io.relais.todo.LinkedTodoReopened;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks of projects. Everybody reads and comments them; the project team (owner and members),
 * the client's account owner, ADMIN and LEADERSHIP create, edit and move them. Every status
 * change and comment goes to the project's activity feed; mentioned people and new assignees
 * are notified.
 */
@Service
@Transactional
public class TaskService {

    private final TaskRepository tasks;
    private final TaskCommentRepository comments;
    private final ProjectRepository projects;
    private final Callers callers;
    private final PeopleLabels people;
    private final ActivePeople activePeople;
    private final ActivityFeed feed;
    private final CommentMarkdown markdown;
    private final NotificationService notifications;
    private final LinkedDocuments documents;
    private final TaskTodos todos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskCommentRepository comments, ProjectRepository projects, Callers callers,
            PeopleLabels people, ActivePeople activePeople, ActivityFeed feed, CommentMarkdown markdown,
            NotificationService notifications, LinkedDocuments documents, TaskTodos todos,
            ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.comments = comments;
        this.projects = projects;
        this.callers = callers;
        this.people = people;
        this.activePeople = activePeople;
        this.feed = feed;
        this.markdown = markdown;
        this.notifications = notifications;
        this.documents = documents;
        this.todos = todos;
        this.events = events;
        this.clock = clock;
    }

    /** Tasks by due date (undated last): the list view and the client page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskSummary> list(TaskFilter filter, int offset, int limit) {
        Query q = query(filter);
        return summaries(tasks.byDueDate(q.projectId, q.clientId, q.assigneeId, q.status, q.openOnly, q.overdueBefore,
                q.pattern, OffsetPage.of(offset, limit, Sort.unsorted())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        Query q = query(filter);
        return tasks.count(q.projectId, q.clientId, q.assigneeId, q.status, q.openOnly, q.overdueBefore, q.pattern);
    }

    /** One column of a project's board, most urgent first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TaskSummary> column(long projectId, TaskStatus status, int offset, int limit) {
        return summaries(tasks.byPriority(projectId, null, null, Objects.requireNonNull(status), false, null, null,
                OffsetPage.of(offset, limit, Sort.unsorted())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long columnSize(long projectId, TaskStatus status) {
        return tasks.count(projectId, null, null, Objects.requireNonNull(status), false, null, null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TaskDetails get(long id) {
        return details(task(id), callers.current());
    }

    @PreAuthorize("isAuthenticated()")
    public long create(TaskForm form) {
        Caller caller = callers.current();
        Project project = projects.findById(form.projectId())
                .orElseThrow(() -> new UserFacingException("project", "projects.error.no-project"));
        requireWrite(project, caller);
        Task task = new Task(project, caller.personId(), clock.instant());
        apply(task, form);
        tasks.save(task);
        feed.task(caller.personId(), task, "TASK_CREATED", task.getTitle());
        changed(task);
        assigned(task, null, caller);
        tasks.flush();
        todos.sync(task);
        return task.getId();
    }

    @PreAuthorize("isAuthenticated()")
    public TaskDetails update(long id, long expectedVersion, TaskForm form) {
        Caller caller = callers.current();
        Task task = writable(id, caller);
        ClientService.requireVersion(task.getVersion(), expectedVersion);
        Long previousAssignee = task.getAssigneeId();
        apply(task, form);
        feed.task(caller.personId(), task, "TASK_UPDATED", task.getTitle());
        changed(task);
        assigned(task, previousAssignee, caller);
        tasks.flush();
        todos.sync(task);
        // the to-do module may clear the persistence context: read the task again
        return details(task(id), caller);
    }

    /**
     * Moves a task to a board column, as seen at {@code expectedVersion}: a task somebody changed
     * in the meantime is not moved, the board reloads instead.
     */
    @PreAuthorize("isAuthenticated()")
    public TaskSummary move(long id, long expectedVersion, TaskStatus status) {
        Caller caller = callers.current();
        Task task = writable(id, caller);
        ClientService.requireVersion(task.getVersion(), expectedVersion);
        if (task.moveTo(Objects.requireNonNull(status), clock.instant())) {
            feed.taskMoved(caller.personId(), task);
            changed(task);
            tasks.flush();
            todos.sync(task);
        }
        // the to-do module may clear the persistence context: read the task again
        return summaries(List.of(task(id))).getFirst();
    }

    /** The assignee ticked the task on their to-do list: it is done, as if moved on the board. */
    @EventListener
    public void onTodoCompleted(LinkedTodoCompleted event) {
        fromTodoList(event.source(), event.personId(), TaskStatus.DONE);
    }

    /** The assignee unticked it: back to "to do". */
    @EventListener
    public void onTodoReopened(LinkedTodoReopened event) {
        fromTodoList(event.source(), event.personId(), TaskStatus.TO_DO);
    }

    /**
     * Puts every open assigned task on its assignee's to-do list again (after an import, or
     * the demo's batched data). Answers how many.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int syncTodos() {
        int synced = 0;
        for (int offset = 0; ; offset += OffsetPage.MAX_LIMIT) {
            List<Task> page = tasks.byDueDate(null, null, null, null, true, null, null,
                    OffsetPage.of(offset, OffsetPage.MAX_LIMIT, Sort.unsorted()));
            for (Task task : page) {
                if (task.getAssigneeId() != null) {
                    todos.sync(task);
                    synced++;
                }
            }
            if (page.size() < OffsetPage.MAX_LIMIT) {
                return synced;
            }
        }
    }

    /** Only the assignee's own list item moves the task (it was put on their list for them). */
    private void fromTodoList(String source, long personId, TaskStatus status) {
        Task task = TaskTodos.taskId(source).flatMap(tasks::findById).orElse(null);
        if (task != null && Long.valueOf(personId).equals(task.getAssigneeId()) && task.moveTo(status, clock.instant())) {
            feed.taskMoved(personId, task);
            changed(task);
        }
    }

    /** Anybody may comment; people it mentions with {@code @prenom.nom} are notified. */
    @PreAuthorize("isAuthenticated()")
    public long comment(long taskId, String body) {
        Caller caller = callers.current();
        Task task = task(taskId);
        String text = Inputs.longText("comment", body);
        if (text == null) {
            throw new UserFacingException("comment", "validation.required");
        }
        TaskCommentEntry saved = comments.save(new TaskCommentEntry(taskId, caller.personId(), text, clock.instant()));
        feed.task(caller.personId(), task, "COMMENTED", task.getTitle());
        changed(task);
        Set<Long> mentioned = new HashSet<>(markdown.render(text).mentionedPersonIds());
        mentioned.remove(caller.personId());
        String author = people.ref(caller.personId()).fullName();
        for (long personId : mentioned) {
            notifications.notify(personId, "projects.notification.mentioned", TaskPaths.of(taskId), author, task.getTitle());
        }
        return saved.getId();
    }

    @PreAuthorize("isAuthenticated()")
    public void addChecklistItem(long taskId, String text) {
        Task task = writable(taskId, callers.current());
        task.addChecklistItem(TextInput.required("checklist", text, 300), clock.instant());
        changed(task);
    }

    @PreAuthorize("isAuthenticated()")
    public void checkItem(long taskId, int position, boolean done) {
        writable(taskId, callers.current()).checkItem(position, done, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public void removeChecklistItem(long taskId, int position) {
        Task task = writable(taskId, callers.current());
        task.removeChecklistItem(position, clock.instant());
        changed(task);
    }

    /** Links a document the caller may read to the task. */
    @PreAuthorize("isAuthenticated()")
    public void linkDocument(long taskId, long documentId) {
        Caller caller = callers.current();
        Task task = writable(taskId, caller);
        if (documents.readable(List.of(documentId)).isEmpty()) {
            throw new UserFacingException("document", "error.not-found");
        }
        if (task.linkDocument(documentId)) {
            feed.task(caller.personId(), task, "DOCUMENT_LINKED", task.getTitle());
        }
    }

    @PreAuthorize("isAuthenticated()")
    public void unlinkDocument(long taskId, long documentId) {
        writable(taskId, callers.current()).unlinkDocument(documentId);
    }

    /** A page of the readable documents whose title contains the text: the lazy picker of a task's links. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentRef> findDocuments(String text, int offset, int limit) {
        return documents.find(text, offset, limit);
    }

    private void apply(Task task, TaskForm form) {
        if (form.assigneeId() != null) {
            activePeople.require("assignee", form.assigneeId());
        }
        task.apply(TextInput.required("title", form.title(), 200), Inputs.longText("description", form.description()),
                form.assigneeId(), form.dueDate(), form.priority(), clock.instant());
    }

    /** Search indexes the task's title, description, checklist and comments. */
    private void changed(Task task) {
        events.publishEvent(ClientDataChanged.of(ClientItem.TASK, task.getId()));
    }

    /** A new assignee other than the caller hears about it. */
    private void assigned(Task task, Long previousAssignee, Caller caller) {
        Long assignee = task.getAssigneeId();
        if (assignee != null && !assignee.equals(previousAssignee) && assignee != caller.personId()) {
            notifications.notify(assignee, "projects.notification.assigned", TaskPaths.of(task.getId()),
                    people.ref(caller.personId()).fullName(), task.getTitle());
        }
    }

    private Task writable(long id, Caller caller) {
        Task task = task(id);
        requireWrite(task.getProject(), caller);
        return task;
    }

    private static void requireWrite(Project project, Caller caller) {
        if (!caller.canWriteTasks(project)) {
            throw new UserFacingException(null, "projects.error.not-in-team");
        }
    }

    private Task task(long id) {
        return tasks.findById(id).orElseThrow(NotFoundException::new);
    }

    private List<TaskSummary> summaries(List<Task> rows) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, PersonRef> assignees = people.refs(rows.stream().map(Task::getAssigneeId).filter(Objects::nonNull).toList());
        return rows.stream().map(t -> new TaskSummary(t.getId(), t.getVersion(), t.getProject().getId(),
                t.getProject().getName(), t.getProject().getClient().getName(), t.getTitle(),
                t.getAssigneeId() == null ? null : assignees.get(t.getAssigneeId()), t.getDueDate(), t.getStatus(),
                t.getPriority(), t.getChecklistDone(), t.getChecklistTotal(), t.isOverdue(today))).toList();
    }

    private TaskDetails details(Task t, Caller caller) {
        List<TaskCommentEntry> thread = comments.findByTaskIdOrderByCreatedAtAscIdAsc(t.getId());
        Map<Long, PersonRef> refs = people.refs(Stream.concat(
                Stream.of(t.getAssigneeId(), t.getCreatedBy()).filter(Objects::nonNull),
                thread.stream().map(TaskCommentEntry::getAuthorId)).toList());
        List<ChecklistItem> checklist = IntStream.range(0, t.getChecklist().size())
                .mapToObj(i -> new ChecklistItem(i, t.getChecklist().get(i).getText(), t.getChecklist().get(i).isDone()))
                .toList();
        List<TaskComment> commentList = new ArrayList<>();
        for (TaskCommentEntry c : thread) {
            commentList.add(new TaskComment(c.getId(), refs.get(c.getAuthorId()), markdown.html(c.getBody()), c.getCreatedAt()));
        }
        Project p = t.getProject();
        return new TaskDetails(t.getId(), t.getVersion(), p.getId(), p.getName(), p.getClient().getId(),
                p.getClient().getName(), t.getTitle(), t.getDescription(), markdown.html(t.getDescription()),
                t.getAssigneeId() == null ? null : refs.get(t.getAssigneeId()), t.getDueDate(), t.getStatus(),
                t.getPriority(), refs.get(t.getCreatedBy()), t.getCreatedAt(), checklist, commentList,
                t.getDocumentIds().isEmpty() ? List.of() : documents.readable(t.getDocumentIds()),
                t.isOverdue(LocalDate.now(clock)), caller.canWriteTasks(p));
    }

    private Query query(TaskFilter f) {
        Long assignee = f.mine() ? Long.valueOf(callers.current().personId()) : f.assigneeId();
        return new Query(f.projectId(), f.clientId(), assignee, f.status(), f.openOnly(),
                f.overdueOnly() ? LocalDate.now(clock) : null, LikePattern.containing(f.text()));
    }

    private record Query(Long projectId, Long clientId, Long assigneeId, TaskStatus status, boolean openOnly,
            LocalDate overdueBefore, String pattern) {
    }
}
