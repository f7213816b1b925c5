package io.relais.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.clients.internal.OverdueInvoiceJob;
import io.relais.notifications.NotificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Overdue detection on a day the test chooses: sent invoices past their due date become
 * overdue (and the project owner hears of it); drafts, paid ones and those still due do not.
 * The invoices are dated in 2001 so that no other invoice of the shared database is concerned.
 */
@RelaisSpringTest
class OverdueInvoiceJobTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;
    @Autowired
    InvoiceService invoices;
    @Autowired
    NotificationService notifications;

    @Test
    void sentInvoicesPastTheirDueDateBecomeOverdueOnTheDayAfter() {
        ClientFixtures f = new ClientFixtures(new TestUsers(context), clients, projects);
        LocalDate due = LocalDate.of(2001, 3, 15);
        long late = create(f, InvoiceStatus.SENT, due);
        long dueToday = create(f, InvoiceStatus.SENT, due.plusDays(1));
        long draft = create(f, InvoiceStatus.DRAFT, due);
        long paid = create(f, InvoiceStatus.PAID, due);
        long notificationsBefore = f.users.as(f.projectOwner.email(), () -> notifications.unreadCount());

        Clock dayAfter = Clock.fixed(Instant.parse("2001-03-16T05:00:00Z"), ZoneOffset.UTC);
        assertThat(new OverdueInvoiceJob(invoices, dayAfter).run()).isEqualTo(1);

        assertThat(status(f, late)).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(status(f, dueToday)).as("due today is not late yet").isEqualTo(InvoiceStatus.SENT);
        assertThat(status(f, draft)).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(status(f, paid)).isEqualTo(InvoiceStatus.PAID);
        assertThat(f.users.as(f.projectOwner.email(), () -> notifications.unreadCount())).isEqualTo(notificationsBefore + 1);
        assertThat(f.users.as(f.projectOwner.email(), () -> notifications.recent(1)).getFirst().messageKey())
                .isEqualTo("clients.notification.invoice-overdue");
        assertThat(f.users.as(f.outsider.email(), () -> clients.timeline(f.clientId, 20)))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("INVOICE_OVERDUE");
                    assertThat(entry.actor()).isNull();
                });

        assertThat(new OverdueInvoiceJob(invoices, dayAfter).run()).as("nothing twice").isZero();
    }

    private long create(ClientFixtures f, InvoiceStatus status, LocalDate due) {
        return f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.create(ClientFixtures.invoice(f.clientId, f.projectId,
                status, due.minusDays(30), due)));
    }

    private InvoiceStatus status(ClientFixtures f, long id) {
        return f.users.as(ClientFixtures.LEADERSHIP, () -> invoices.get(id).status());
    }
}
