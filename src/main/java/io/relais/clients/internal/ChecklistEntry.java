package io.relais.clients.internal;

import jakarta.persistence.Embeddable;

/** One line of a task's checklist, stored in order. */
@Embeddable
public class ChecklistEntry {

    private String text;
    private boolean done;

    protected ChecklistEntry() {
    }

    ChecklistEntry(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public boolean isDone() {
        return done;
    }

    void setDone(boolean done) {
        this.done = done;
    }
}
