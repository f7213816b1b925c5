package io.relais.clients;

/** The life of a project. */
public enum ProjectStatus {
    PLANNED, ACTIVE, ON_HOLD, COMPLETED;

    public boolean open() {
        return this == PLANNED || this == ACTIVE || this == ON_HOLD;
    }
}
