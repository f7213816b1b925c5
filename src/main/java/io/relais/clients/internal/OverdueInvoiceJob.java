package io.relais.clients.internal;

import io.relais.clients.InvoiceService;
import io.relais.platform.Roles;
import io.relais.platform.SystemTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks late invoices overdue every morning, and once at start-up (a server that was down at
 * 6:00 catches up). Today is read from the injected clock, so tests choose the day.
 */
@Component
public class OverdueInvoiceJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoiceJob.class);

    private final InvoiceService invoices;
    private final Clock clock;

    public OverdueInvoiceJob(InvoiceService invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    @Scheduled(cron = "${relais.invoices.overdue-cron:0 0 6 * * *}")
    @EventListener(ApplicationReadyEvent.class)
    public void onSchedule() {
        run();
    }

    /** Marks today's late invoices overdue; answers how many. */
    public int run() {
        int marked = SystemTask.runAs(List.of(Roles.ADMIN), () -> invoices.detectOverdue(LocalDate.now(clock)));
        if (marked > 0) {
            log.info("{} invoice(s) marked overdue", marked);
        }
        return marked;
    }
}
