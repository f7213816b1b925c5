package io.relais.docs.internal;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The documents behind an adoption figure, with the permission filter of every document list
 * ({@link DocumentRepository#READABLE}): a drill-down never shows what its reader may not open.
 * Rows are (id, slug, title, kind, when, and a figure or the date it is computed from). {@code :everybody} true ignores {@code :people}.
 */
public interface DocumentDrillRepository extends Repository<Document, Long> {

    String ROW = "select d.id, d.slug, d.title, d.kind, ";
    String GROUP = " group by d.id, d.slug, d.title, d.kind ";
    String OWNED = " and (:everybody = true or d.ownerId in :people) and ";

    /** Documents the group saved in [from, to), with how many saves; latest first. */
    @Query(ROW + "max(r.createdAt), count(r) from Document d join d.space s, Revision r where r.documentId = d.id"
            + " and r.createdAt >= :from and r.createdAt < :to and (:everybody = true or r.authorId in :people)"
            + " and (:kind is null or d.kind = :kind) and (:firstSaves is null or (:firstSaves = true and r.number = 1) or (:firstSaves = false and r.number > 1)) and "
            + DocumentRepository.READABLE + GROUP + "order by max(r.createdAt) desc, d.id desc")
    List<Object[]> saved(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("from") Instant from, @Param("to") Instant to,
            @Param("kind") DocumentKind kind, @Param("firstSaves") Boolean firstSaves, Pageable page);

    /** Documents of a kind the group created in [from, to); latest first. */
    @Query(ROW + "d.createdAt, d.createdAt from Document d join d.space s where d.kind = :kind"
            + " and d.createdAt >= :from and d.createdAt < :to" + OWNED + DocumentRepository.READABLE
            + " order by d.createdAt desc, d.id desc")
    List<Object[]> created(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("from") Instant from, @Param("to") Instant to,
            @Param("kind") DocumentKind kind, Pageable page);

    /** Minutes of meetings held in [from, to), with the meeting day. */
    @Query(ROW + "d.createdAt, d.meetingDate from Document d join d.space s"
            + " where d.kind = io.relais.docs.DocumentKind.MINUTES and d.meetingDate >= :from and d.meetingDate < :to"
            + OWNED + DocumentRepository.READABLE + " order by d.meetingDate desc, d.id desc")
    List<Object[]> minutesOfMeetings(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("from") LocalDate from, @Param("to") LocalDate to,
            Pageable page);

    /** Decisions accepted in [from, to) (their status now one of {@code accepted}), with the day they were. */
    @Query(ROW + "d.createdAt, d.decidedOn from Document d join d.space s"
            + " where d.kind = io.relais.docs.DocumentKind.DECISION and d.decidedOn >= :from and d.decidedOn < :to"
            + " and d.decisionStatus in :accepted" + OWNED + DocumentRepository.READABLE + " order by d.decidedOn desc, d.id desc")
    List<Object[]> decided(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("accepted") Collection<KindFields.DecisionStatus> accepted, Pageable page);

    /** The group's documents read in [from, to), most read first, with their views. */
    @Query(ROW + "max(d.updatedAt), sum(v.views) from Document d join d.space s, ViewDay v where v.documentId = d.id"
            + " and v.day >= :from and v.day < :to and (:staleBefore is null or d.reviewBy < :staleBefore)"
            + OWNED + DocumentRepository.READABLE + GROUP + "order by sum(v.views) desc, d.id")
    List<Object[]> read(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("staleBefore") LocalDate staleBefore, Pageable page);

    /** The group's documents upvoted in [from, to), with the upvotes they got then. */
    @Query(ROW + "max(u.createdAt), count(u) from Document d join d.space s, Upvote u where u.documentId = d.id"
            + " and u.createdAt >= :from and u.createdAt < :to" + OWNED + DocumentRepository.READABLE + GROUP
            + "order by count(u) desc, d.id")
    List<Object[]> upvoted(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("from") Instant from, @Param("to") Instant to,
            Pageable page);

    /** The group's articles whose review-by date is before the day, with that date; the most overdue first. */
    @Query(ROW + "d.updatedAt, d.reviewBy from Document d join d.space s"
            + " where d.kind = io.relais.docs.DocumentKind.ARTICLE and d.reviewBy < :before"
            + OWNED + DocumentRepository.READABLE + " order by d.reviewBy, d.id")
    List<Object[]> pastReview(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("everybody") boolean everybody,
            @Param("people") Collection<Long> people, @Param("before") LocalDate before, Pageable page);
}
