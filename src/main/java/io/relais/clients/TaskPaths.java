package io.relais.clients;

/** Addresses of the client module's pages, for links and notifications. */
public final class TaskPaths {

    private TaskPaths() {
    }

    public static String of(long taskId) {
        return "/tasks/" + taskId;
    }

    public static String project(long projectId) {
        return "/projects/" + projectId;
    }

    public static String client(long clientId) {
        return "/clients/" + clientId;
    }
}
