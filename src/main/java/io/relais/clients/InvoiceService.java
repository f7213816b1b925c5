package io.relais.clients;

import io.relais.clients.internal.ActivityFeed;
import io.relais.clients.internal.Caller;
import io.relais.clients.internal.Callers;
import io.relais.clients.internal.Client;
import io.relais.clients.internal.ClientRepository;
import io.relais.clients.internal.Invoice;
import io.relais.clients.internal.InvoicePdf;
import io.relais.clients.internal.InvoicePdfRepository;
import io.relais.clients.internal.InvoiceRepository;
import io.relais.clients.internal.Project;
import io.relais.clients.internal.ProjectRepository;
import io.relais.notifications.NotificationService;
import io.relais.platform.LikePattern;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.Csv;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import io.relais.clients.internal.Inputs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoices register: no accounting engine, a register and its figures. ADMIN and LEADERSHIP
 * see and keep every invoice; a project owner sees the invoices of their projects; nobody else
 * sees any, and an invoice one may not see answers "not found".
 */
@Service
@Transactional
public class InvoiceService {

    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]{0,39}");
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final InvoiceRepository invoices;
    private final InvoicePdfRepository pdfs;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final Callers callers;
    private final ActivityFeed feed;
    private final NotificationService notifications;
    private final Clock clock;

    InvoiceService(InvoiceRepository invoices, InvoicePdfRepository pdfs, ClientRepository clients,
            ProjectRepository projects, Callers callers, ActivityFeed feed, NotificationService notifications,
            Clock clock) {
        this.invoices = invoices;
        this.pdfs = pdfs;
        this.clients = clients;
        this.projects = projects;
        this.callers = callers;
        this.feed = feed;
        this.notifications = notifications;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InvoiceSummary> page(InvoiceFilter filter, int offset, int limit) {
        Caller caller = callers.current();
        List<Invoice> rows = invoices.page(caller.management(), caller.personId(), filter.clientId(), filter.projectId(),
                filter.status(), LikePattern.containing(filter.text()), OffsetPage.of(offset, limit, Sort.unsorted()));
        Map<Long, String> files = new HashMap<>();
        if (!rows.isEmpty()) {
            pdfs.fileNames(rows.stream().map(Invoice::getId).toList())
                    .forEach(row -> files.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return rows.stream().map(i -> summary(i, files.get(i.getId()))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(InvoiceFilter filter) {
        Caller caller = callers.current();
        return invoices.count(caller.management(), caller.personId(), filter.clientId(), filter.projectId(),
                filter.status(), LikePattern.containing(filter.text()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InvoiceSummary get(long id) {
        Invoice invoice = visible(id, callers.current());
        return summary(invoice, pdfs.fileName(id).orElse(null));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADERSHIP')")
    public long create(InvoiceForm form) {
        Invoice invoice = new Invoice(clock.instant());
        apply(invoice, form, 0);
        invoices.save(invoice);
        record(invoice, "INVOICE_CREATED");
        return invoice.getId();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'LEADERSHIP')")
    public InvoiceSummary update(long id, long expectedVersion, InvoiceForm form) {
        Invoice invoice = invoices.findById(id).orElseThrow(NotFoundException::new);
        ClientService.requireVersion(invoice.getVersion(), expectedVersion);
        InvoiceStatus before = invoice.getStatus();
        apply(invoice, form, id);
        record(invoice, before == invoice.getStatus() ? "INVOICE_UPDATED" : "INVOICE_" + invoice.getStatus());
        invoices.flush();
        return summary(invoice, pdfs.fileName(id).orElse(null));
    }

    /** Attaches (or replaces) the invoice's PDF: a {@code .pdf} name, at most 10 MB, and PDF content. */
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADERSHIP')")
    public void attachPdf(long id, String fileName, byte[] content) {
        Invoice invoice = invoices.findById(id).orElseThrow(NotFoundException::new);
        String name = TextInput.required("pdf", fileName, 200);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new UserFacingException("pdf", "clients.error.pdf-extension");
        }
        if (content == null || content.length == 0 || content.length > MAX_PDF_BYTES) {
            throw new UserFacingException("pdf", "clients.error.pdf-size", MAX_PDF_BYTES / (1024 * 1024));
        }
        if (content.length < PDF_MAGIC.length || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new UserFacingException("pdf", "clients.error.pdf-content");
        }
        String safeName = name.replaceAll("[\\\\/\"]", "_");
        pdfs.findById(id).ifPresentOrElse(pdf -> pdf.replace(safeName, content),
                () -> pdfs.save(new InvoicePdf(id, safeName, content)));
        record(invoice, "INVOICE_PDF_ATTACHED");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InvoicePdfFile pdf(long id) {
        visible(id, callers.current());
        InvoicePdf pdf = pdfs.findById(id).orElseThrow(NotFoundException::new);
        return new InvoicePdfFile(pdf.getFileName(), pdf.getContent());
    }

    /**
     * Euros billed and paid per month, taxes included, over the last {@code months} months up to
     * this one, for the invoices the reader may see (of one client, or all).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MonthlyBilling> monthly(Long clientId, int months) {
        Caller caller = callers.current();
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(Math.max(1, Math.min(months, 120)) - 1L);
        Map<YearMonth, BigDecimal> billed = perMonth(invoices.billedPerMonth(caller.management(), caller.personId(),
                clientId, first.atDay(1)));
        Map<YearMonth, BigDecimal> paid = perMonth(invoices.paidPerMonth(caller.management(), caller.personId(),
                clientId, first.atDay(1)));
        List<MonthlyBilling> result = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            result.add(new MonthlyBilling(month, billed.getOrDefault(month, BigDecimal.ZERO.setScale(2)),
                    paid.getOrDefault(month, BigDecimal.ZERO.setScale(2))));
        }
        return result;
    }

    /**
     * The register as CSV (what the reader may see, filtered), safe to open in a spreadsheet.
     *
     * @param header the translated column titles
     * @param statusLabel the translated name of each status
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] exportCsv(InvoiceFilter filter, List<String> header, Function<InvoiceStatus, String> statusLabel) {
        List<InvoiceSummary> rows = new ArrayList<>();
        for (int offset = 0; ; offset += OffsetPage.MAX_LIMIT) {
            List<InvoiceSummary> page = page(filter, offset, OffsetPage.MAX_LIMIT);
            rows.addAll(page);
            if (page.size() < OffsetPage.MAX_LIMIT) {
                break;
            }
        }
        return Csv.write(header, rows, i -> List.of(i.number(), i.clientName(),
                i.projectName() == null ? "" : i.projectName(), i.issueDate().toString(), i.dueDate().toString(),
                i.amountExclTax().toPlainString(), i.amountInclTax().toPlainString(), statusLabel.apply(i.status()),
                i.paidOn() == null ? "" : i.paidOn().toString()));
    }

    /**
     * Marks every sent invoice whose due date is before {@code today} overdue, writes it in the
     * client's timeline and tells the project owner. Run by the nightly job; answers how many.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public int detectOverdue(LocalDate today) {
        int count = 0;
        for (Invoice invoice : invoices.sentAndDueBefore(today)) {
            if (invoice.markOverdueIfLate(today, clock.instant())) {
                count++;
                feed.client(null, invoice.getClient(), "INVOICE_OVERDUE", invoice.getNumber());
                if (invoice.getProject() != null) {
                    notifications.notify(invoice.getProject().getOwnerId(), "clients.notification.invoice-overdue",
                            TaskPaths.project(invoice.getProject().getId()), invoice.getNumber(),
                            invoice.getClient().getName());
                }
            }
        }
        return count;
    }

    private void apply(Invoice invoice, InvoiceForm form, long id) {
        String number = TextInput.required("number", form.number(), 40);
        if (!NUMBER.matcher(number).matches()) {
            throw new UserFacingException("number", "clients.error.invoice-number");
        }
        if (id == 0 ? invoices.existsByNumber(number) : invoices.existsByNumberAndIdNot(number, id)) {
            throw new UserFacingException("number", "clients.error.invoice-number-taken", number);
        }
        Client client = clients.findById(form.clientId())
                .orElseThrow(() -> new UserFacingException("client", "clients.error.no-client"));
        Project project = null;
        if (form.projectId() != null) {
            project = projects.findById(form.projectId()).filter(p -> p.getClient().getId().equals(client.getId()))
                    .orElseThrow(() -> new UserFacingException("project", "clients.error.project-of-other-client"));
        }
        if (form.issueDate() == null) {
            throw new UserFacingException("issueDate", "validation.required");
        }
        if (form.dueDate() == null) {
            throw new UserFacingException("dueDate", "validation.required");
        }
        Inputs.datesInOrder("dueDate", form.issueDate(), form.dueDate());
        BigDecimal excl = Inputs.amount("amountExclTax", required("amountExclTax", form.amountExclTax()), 2, MAX_AMOUNT);
        BigDecimal incl = Inputs.amount("amountInclTax", required("amountInclTax", form.amountInclTax()), 2, MAX_AMOUNT);
        if (incl.compareTo(excl) < 0) {
            throw new UserFacingException("amountInclTax", "clients.error.incl-below-excl");
        }
        InvoiceStatus status = form.status() == null ? InvoiceStatus.DRAFT : form.status();
        LocalDate today = LocalDate.now(clock);
        if (status == InvoiceStatus.OVERDUE && !form.dueDate().isBefore(today)) {
            throw new UserFacingException("status", "clients.error.not-yet-due");
        }
        invoice.apply(number, client, project, form.issueDate(), form.dueDate(), excl, incl, status, today, clock.instant());
    }

    private static BigDecimal required(String field, BigDecimal value) {
        if (value == null) {
            throw new UserFacingException(field, "validation.required");
        }
        return value;
    }

    private void record(Invoice invoice, String action) {
        feed.client(callers.current().personId(), invoice.getClient(), action, invoice.getNumber());
    }

    private Invoice visible(long id, Caller caller) {
        return invoices.findById(id).filter(caller::canSee).orElseThrow(NotFoundException::new);
    }

    private static Map<YearMonth, BigDecimal> perMonth(List<Object[]> rows) {
        Map<YearMonth, BigDecimal> sums = new HashMap<>();
        for (Object[] row : rows) {
            sums.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    new BigDecimal(row[2].toString()).setScale(2));
        }
        return sums;
    }

    private static InvoiceSummary summary(Invoice i, String pdfName) {
        Project p = i.getProject();
        return new InvoiceSummary(i.getId(), i.getVersion(), i.getNumber(), i.getClient().getId(),
                i.getClient().getName(), p == null ? null : p.getId(), p == null ? null : p.getName(), i.getIssueDate(),
                i.getDueDate(), i.getAmountExcl(), i.getAmountIncl(), i.getStatus(), i.getPaidOn(), pdfName);
    }
}
