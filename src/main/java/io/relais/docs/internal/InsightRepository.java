package io.relais.docs.internal;

import io.relais.docs.DocumentPopularity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reading rankings, computed by the database over the daily view aggregates and the upvotes,
 * a page at a time, with the same permission filter as every list of documents ({@link
 * DocumentRepository#READABLE}): a ranking never shows, nor lets one guess, what its reader may
 * not open.
 */
public interface InsightRepository extends Repository<Document, Long> {

    String ROW = "select new io.relais.docs.DocumentPopularity(d.id, d.slug, d.title, s.name, d.reviewBy, ";
    String UPVOTES = "(select count(u) from Upvote u where u.documentId = d.id)";
    String SCOPE = " and (:spaceId is null or s.id = :spaceId) ";
    String GROUP = " group by d.id, d.slug, d.title, s.name, d.reviewBy ";

    @Query(ROW + "sum(v.views), " + UPVOTES + """
            ) from Document d join d.space s join ViewDay v on v.documentId = d.id and v.day >= :since
            where """ + " " + DocumentRepository.READABLE + SCOPE + GROUP + "order by sum(v.views) desc, d.id")
    List<DocumentPopularity> mostRead(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("spaceId") Long spaceId,
            @Param("since") LocalDate since, Pageable page);

    /** Documents older than the period, fewest views in it first (never read at all included). */
    @Query(ROW + "coalesce(sum(v.views), 0L), " + UPVOTES + """
            ) from Document d join d.space s left join ViewDay v on v.documentId = d.id and v.day >= :since
            where d.createdAt < :olderThan and """ + " " + DocumentRepository.READABLE + SCOPE + GROUP
            + "order by coalesce(sum(v.views), 0L) asc, d.updatedAt asc, d.id")
    List<DocumentPopularity> leastRead(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("spaceId") Long spaceId,
            @Param("since") LocalDate since, @Param("olderThan") Instant olderThan, Pageable page);

    @Query(ROW + "(select coalesce(sum(v.views), 0L) from ViewDay v where v.documentId = d.id and v.day >= :since), "
            + """
            count(u)) from Document d join d.space s join Upvote u on u.documentId = d.id
            where """ + " " + DocumentRepository.READABLE + SCOPE + GROUP + "order by count(u) desc, d.id")
    List<DocumentPopularity> mostUpvoted(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("spaceId") Long spaceId,
            @Param("since") LocalDate since, Pageable page);

    /** Past their review-by date and read at least {@code minViews} times in the period, most read first. */
    @Query(ROW + "sum(v.views), " + UPVOTES + """
            ) from Document d join d.space s join ViewDay v on v.documentId = d.id and v.day >= :since
            where d.reviewBy < :today and """ + " " + DocumentRepository.READABLE + SCOPE + GROUP
            + "having sum(v.views) >= :minViews order by sum(v.views) desc, d.id")
    List<DocumentPopularity> popularButStale(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("spaceId") Long spaceId,
            @Param("since") LocalDate since, @Param("today") LocalDate today, @Param("minViews") long minViews,
            Pageable page);
}
