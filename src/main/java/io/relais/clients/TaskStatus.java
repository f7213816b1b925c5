package io.relais.clients;

/** The columns of a project board, in order. */
public enum TaskStatus {
    TO_DO, DOING, WAITING_ON_CLIENT, DONE;

    public boolean open() {
        return this != DONE;
    }
}
