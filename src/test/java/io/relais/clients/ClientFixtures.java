package io.relais.clients;

import io.relais.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A client with a project, an owner, a team member and an outsider of its own, created through
 * the services: the suite shares one database, so every test builds what it looks at.
 */
final class ClientFixtures {

    static final String LEADERSHIP = "claire.fontaine@canopee.fr";
    static final String ADMIN = "julien.mercier@canopee.fr";

    final TestUsers users;
    final TestUsers.User accountOwner;
    final TestUsers.User projectOwner;
    final TestUsers.User member;
    final TestUsers.User outsider;
    final long clientId;
    final long projectId;
    final String clientName;

    ClientFixtures(TestUsers users, ClientService clients, ProjectService projects) {
        this.users = users;
        accountOwner = users.createUser("Aurore", "EMPLOYEE");
        projectOwner = users.createUser("Pierre", "EMPLOYEE");
        member = users.createUser("Mila", "EMPLOYEE");
        outsider = users.createUser("Olga", "EMPLOYEE");
        clientName = "Client " + TestUsers.unique();
        clientId = users.as(LEADERSHIP, () -> clients.create(new ClientForm(clientName, "Test", ClientStatus.ACTIVE,
                accountOwner.personId(), "Notes")));
        projectId = users.as(accountOwner.email(), () -> projects.create(new ProjectForm(clientId, "Projet " + TestUsers.unique(),
                null, projectOwner.personId(), Set.of(member.personId()), LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 6, 30), ProjectStatus.ACTIVE, new BigDecimal("20"))));
    }

    static InvoiceForm invoice(long clientId, Long projectId, InvoiceStatus status, LocalDate issued, LocalDate due) {
        return new InvoiceForm(clientId, projectId, "T-" + TestUsers.unique(), issued, due, new BigDecimal("1000.00"),
                new BigDecimal("1200.00"), status);
    }
}
