package io.relais.clients.internal;

import io.relais.clients.InvoiceStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the invoices register. It keeps its payment date consistent with its status: paid
 * means paid on a date, anything else has none.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private BigDecimal amountExcl;
    private BigDecimal amountIncl;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    private LocalDate paidOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Invoice() {
    }

    public Invoice(Instant now) {
        this.createdAt = now;
    }

    /** Values already validated by the caller. */
    public void apply(String newNumber, Client newClient, Project newProject, LocalDate issued, LocalDate due,
            BigDecimal excl, BigDecimal incl, InvoiceStatus newStatus, LocalDate today, Instant now) {
        this.number = newNumber;
        this.client = newClient;
        this.project = newProject;
        this.issueDate = issued;
        this.dueDate = due;
        this.amountExcl = excl;
        this.amountIncl = incl;
        changeStatus(newStatus, today);
        this.updatedAt = now;
    }

    private void changeStatus(InvoiceStatus newStatus, LocalDate today) {
        if (newStatus == InvoiceStatus.PAID && status != InvoiceStatus.PAID) {
            paidOn = today;
        } else if (newStatus != InvoiceStatus.PAID) {
            paidOn = null;
        }
        status = newStatus;
    }

    /** A sent invoice past its due date becomes overdue; answers whether it did. */
    public boolean markOverdueIfLate(LocalDate today, Instant now) {
        if (status == InvoiceStatus.SENT && dueDate.isBefore(today)) {
            status = InvoiceStatus.OVERDUE;
            updatedAt = now;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Client getClient() {
        return client;
    }

    public Project getProject() {
        return project;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmountExcl() {
        return amountExcl;
    }

    public BigDecimal getAmountIncl() {
        return amountIncl;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public long getVersion() {
        return version;
    }
}
