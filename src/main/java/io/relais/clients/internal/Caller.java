package io.relais.clients.internal;

/**
 * Who is asking, with what the client module's permission rules need. The rules, in one place:
 * everybody reads clients, projects and tasks; ADMIN and LEADERSHIP ("management") may do
 * everything; the account owner edits the client, its contacts and creates its projects; the
 * project owner edits the project and sees its invoices; the project team writes its tasks.
 * Contact phone numbers: management, the account owner and owners of the client's projects.
 */
public record Caller(long personId, boolean admin, boolean leadership) {

    public boolean management() {
        return admin || leadership;
    }

    public boolean canEditClient(Client client) {
        return management() || client.getAccountOwnerId() == personId;
    }

    public boolean canEditProject(Project project) {
        return canEditClient(project.getClient()) || project.getOwnerId() == personId;
    }

    public boolean canWriteTasks(Project project) {
        return canEditProject(project) || project.inTeam(personId);
    }

    public boolean canSeeInvoicesOf(Project project) {
        return management() || (project != null && project.getOwnerId() == personId);
    }

    public boolean canSee(Invoice invoice) {
        return canSeeInvoicesOf(invoice.getProject());
    }
}
