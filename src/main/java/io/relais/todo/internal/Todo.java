package io.relais.todo.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a person's to-do list. A linked item ({@link #getSource()} set) mirrors another
 * feature's work item: only that feature changes its wording, due date and owner.
 */
@Entity
@Table(name = "todo")
public class Todo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long ownerId;
    private String title;
    private LocalDate dueDate;
    private String link;
    private String linkLabel;
    private boolean done;
    private long position;
    private String source;
    private Instant createdAt;
    private Instant completedAt;

    @Version
    private long version;

    protected Todo() {
    }

    public Todo(long ownerId, String source, long position, Instant now) {
        this.ownerId = ownerId;
        this.source = source;
        this.position = position;
        this.createdAt = now;
    }

    public void describe(String newTitle, LocalDate newDueDate, String newLink, String newLinkLabel) {
        this.title = newTitle;
        this.dueDate = newDueDate;
        this.link = newLink;
        this.linkLabel = newLink == null ? null : newLinkLabel;
    }

    /** @return whether this changed anything */
    public boolean markDone(boolean nowDone, Instant when) {
        if (done == nowDone) {
            return false;
        }
        done = nowDone;
        completedAt = nowDone ? when : null;
        return true;
    }

    /** Hands the item to another person, at the given place of their list. */
    public void moveTo(long newOwnerId, long newPosition) {
        this.ownerId = newOwnerId;
        this.position = newPosition;
    }

    public void placeAt(long newPosition) {
        this.position = newPosition;
    }

    public boolean isLinked() {
        return source != null;
    }

    public Long getId() {
        return id;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getLink() {
        return link;
    }

    public String getLinkLabel() {
        return linkLabel;
    }

    public boolean isDone() {
        return done;
    }

    public long getPosition() {
        return position;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }
}
