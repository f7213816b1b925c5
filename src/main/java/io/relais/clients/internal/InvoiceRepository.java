package io.relais.clients.internal;

import io.relais.clients.InvoiceStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every query that lists invoices carries the reader's permission filter: everything for
 * ADMIN and LEADERSHIP ({@code all}), otherwise only the invoices of projects the reader owns.
 */
public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    String FILTER = """
            where (:all = true or p.ownerId = :me)
              and (:clientId is null or c.id = :clientId)
              and (:projectId is null or p.id = :projectId)
              and (:status is null or i.status = :status)
              and (:pattern is null or i.number like :pattern escape '\\' or c.name like :pattern escape '\\')
            """;

    @Query("select i from Invoice i join fetch i.client c left join fetch i.project p " + FILTER
            + " order by i.issueDate desc, i.id desc")
    List<Invoice> page(@Param("all") boolean all, @Param("me") long me, @Param("clientId") Long clientId,
            @Param("projectId") Long projectId, @Param("status") InvoiceStatus status,
            @Param("pattern") String pattern, Pageable page);

    @Query("select count(i) from Invoice i join i.client c left join i.project p " + FILTER)
    long count(@Param("all") boolean all, @Param("me") long me, @Param("clientId") Long clientId,
            @Param("projectId") Long projectId, @Param("status") InvoiceStatus status,
            @Param("pattern") String pattern);

    /** Year, month, euros billed (issued, not drafts) by issue month, readable invoices only. */
    @Query(value = """
            select year(i.issue_date), month(i.issue_date), sum(i.amount_incl)
            from invoice i left join project p on p.id = i.project_id
            where i.status <> 'DRAFT' and (:all = true or p.owner_id = :me)
              and (:clientId is null or i.client_id = :clientId) and i.issue_date >= :from
            group by year(i.issue_date), month(i.issue_date)
            """, nativeQuery = true)
    List<Object[]> billedPerMonth(@Param("all") boolean all, @Param("me") long me,
            @Param("clientId") Long clientId, @Param("from") LocalDate from);

    /** Year, month, euros paid by payment month, readable invoices only. */
    @Query(value = """
            select year(i.paid_on), month(i.paid_on), sum(i.amount_incl)
            from invoice i left join project p on p.id = i.project_id
            where i.status = 'PAID' and (:all = true or p.owner_id = :me)
              and (:clientId is null or i.client_id = :clientId) and i.paid_on >= :from
            group by year(i.paid_on), month(i.paid_on)
            """, nativeQuery = true)
    List<Object[]> paidPerMonth(@Param("all") boolean all, @Param("me") long me,
            @Param("clientId") Long clientId, @Param("from") LocalDate from);

    @Query("select i from Invoice i join fetch i.client where i.status = io.relais.clients.InvoiceStatus.SENT and i.dueDate < :today")
    List<Invoice> sentAndDueBefore(@Param("today") LocalDate today);

    boolean existsByNumber(String number);

    boolean existsByNumberAndIdNot(String number, long id);
}
