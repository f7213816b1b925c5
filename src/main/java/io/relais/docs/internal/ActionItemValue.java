package io.relais.docs.internal;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An action item of meeting minutes, as stored. */
@Embeddable
public class ActionItemValue {

    private String text;
    private Long assigneeId;
    private LocalDate dueDate;
    private boolean done;

    protected ActionItemValue() {
    }

    public ActionItemValue(String text, Long assigneeId, LocalDate dueDate, boolean done) {
        this.text = text;
        this.assigneeId = assigneeId;
        this.dueDate = dueDate;
        this.done = done;
    }

    void markDone(boolean nowDone) {
        this.done = nowDone;
    }

    public String getText() {
        return text;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }
}
