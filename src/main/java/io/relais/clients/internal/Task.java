package io.relais.clients.internal;

import io.relais.clients.TaskPriority;
import io.relais.clients.TaskStatus;
import io.relais.platform.UserFacingException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Formula;

/**
 * A task of a project. It guards its own workflow: a done task remembers when it was done, and
 * reopening it forgets that; checklist lines are addressed by position and bounded in number.
 */
@Entity
@Table(name = "task")
public class Task {

    static final int MAX_CHECKLIST = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private String title;
    private String description;
    private Long assigneeId;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Enumerated(EnumType.STRING)
    private TaskPriority priority;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant doneAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "task_checklist_item", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<ChecklistEntry> checklist = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_document", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new HashSet<>();

    // counted by the database so lists and boards never load checklists row by row
    @Formula("(select count(*) from task_checklist_item c where c.task_id = id)")
    private int checklistTotal;
    @Formula("(select count(*) from task_checklist_item c where c.task_id = id and c.done)")
    private int checklistDone;

    protected Task() {
    }

    public Task(Project project, long createdBy, Instant now) {
        this.project = project;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = TaskStatus.TO_DO;
    }

    /** Values already validated by the caller. */
    public void apply(String newTitle, String newDescription, Long newAssigneeId, LocalDate due,
            TaskPriority newPriority, Instant now) {
        this.title = newTitle;
        this.description = newDescription;
        this.assigneeId = newAssigneeId;
        this.dueDate = due;
        this.priority = newPriority == null ? TaskPriority.NORMAL : newPriority;
        this.updatedAt = now;
    }

    /** Moves the task to a column; answers whether anything changed. */
    public boolean moveTo(TaskStatus newStatus, Instant now) {
        if (newStatus == status) {
            return false;
        }
        status = newStatus;
        doneAt = newStatus == TaskStatus.DONE ? now : null;
        updatedAt = now;
        return true;
    }

    public boolean isOverdue(LocalDate today) {
        return status.open() && dueDate != null && dueDate.isBefore(today);
    }

    public void addChecklistItem(String text, Instant now) {
        if (checklist.size() >= MAX_CHECKLIST) {
            throw new UserFacingException("checklist", "projects.error.checklist-full", MAX_CHECKLIST);
        }
        checklist.add(new ChecklistEntry(text));
        updatedAt = now;
    }

    public void checkItem(int position, boolean done, Instant now) {
        entry(position).setDone(done);
        updatedAt = now;
    }

    public void removeChecklistItem(int position, Instant now) {
        entry(position);
        checklist.remove(position);
        updatedAt = now;
    }

    private ChecklistEntry entry(int position) {
        if (position < 0 || position >= checklist.size()) {
            throw new UserFacingException("checklist", "projects.error.checklist-item-gone");
        }
        return checklist.get(position);
    }

    public boolean linkDocument(long documentId) {
        return documentIds.add(documentId);
    }

    public boolean unlinkDocument(long documentId) {
        return documentIds.remove(documentId);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ChecklistEntry> getChecklist() {
        return checklist;
    }

    public Set<Long> getDocumentIds() {
        return documentIds;
    }

    public int getChecklistTotal() {
        return checklistTotal;
    }

    public int getChecklistDone() {
        return checklistDone;
    }
}
