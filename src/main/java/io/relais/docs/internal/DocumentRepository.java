package io.relais.docs.internal;

import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every query that lists documents carries the reader's permission filter, so a list can never
 * show (or count) what its reader may not open. Keep it identical to {@link DocumentAccess}.
 */
public interface DocumentRepository extends JpaRepository<Document, Long> {

    String READABLE = """
            d.deletedAt is null
            and (:admin = true
                 or d.visibility in (io.relais.docs.Visibility.PUBLIC, io.relais.docs.Visibility.COMPANY)
                 or d.ownerId = :me
                 or (d.visibility = io.relais.docs.Visibility.SPACE and s.id in :memberSpaces)
                 or (d.visibility = io.relais.docs.Visibility.PEOPLE and :me member of d.readerIds))
            """;

    String FILTER = """
            from Document d join d.space s
            where
            """ + READABLE + """
              and (:spaceId is null or s.id = :spaceId)
              and (:kind is null or d.kind = :kind)
              and (:authorId is null or d.ownerId = :authorId)
              and (:tag is null or exists (select 1 from Document d2 join d2.tags t
                                           where d2 = d and t.name = :tag))
              and (:pattern is null or d.title like :pattern escape '\\' or d.body like :pattern escape '\\')
            """;

    @Query("""
            select new io.relais.docs.DocumentSummary(d.id, d.slug, d.kind, d.title, s.name,
                   (select concat(p.firstName, ' ', p.lastName) from io.relais.docs.internal.PersonName p where p.id = d.ownerId),
                   d.visibility, d.updatedAt)
            """ + FILTER)
    List<DocumentSummary> browse(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("spaceId") Long spaceId,
            @Param("kind") DocumentKind kind, @Param("authorId") Long authorId, @Param("tag") String tag,
            @Param("pattern") String pattern, Pageable page);

    @Query("select count(d) " + FILTER)
    long count(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("spaceId") Long spaceId,
            @Param("kind") DocumentKind kind, @Param("authorId") Long authorId, @Param("tag") String tag,
            @Param("pattern") String pattern);

    String REFS = "select d.id, d.title, d.kind, d.slug, d.updatedAt from Document d join d.space s where " + READABLE;

    /** Documents about a client (directly or through one of its projects): id, title, kind, slug, updated. */
    @Query(REFS + " and d.clientId = :clientId order by d.updatedAt desc, d.id desc")
    List<Object[]> refsOfClient(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("clientId") long clientId, Pageable page);

    @Query("select count(d) from Document d join d.space s where " + READABLE + " and d.clientId = :clientId")
    long countOfClient(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("clientId") long clientId);

    @Query(REFS + " and d.projectId = :projectId order by d.updatedAt desc, d.id desc")
    List<Object[]> refsOfProject(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("projectId") long projectId, Pageable page);

    @Query(REFS + " and d.id in :ids order by d.updatedAt desc, d.id desc")
    List<Object[]> refsAmong(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("ids") Collection<Long> ids);

    @Query(REFS + " and (:pattern is null or d.title like :pattern escape '\\') order by d.updatedAt desc, d.id desc")
    List<Object[]> refsTitled(@Param("me") long me, @Param("admin") boolean admin,
            @Param("memberSpaces") Collection<Long> memberSpaces, @Param("pattern") String pattern, Pageable page);

    boolean existsBySpaceIdAndSlug(long spaceId, String slug);

    @Query("select d.slug from Document d where d.space.id = :spaceId")
    List<String> slugsIn(@Param("spaceId") long spaceId);

    @Query("select d from Document d where d.slug = :slug and d.deletedAt is null order by (case when d.space.id = :spaceId then 0 else 1 end), d.id")
    List<Document> findBySlugPreferringSpace(@Param("slug") String slug, @Param("spaceId") long spaceId);

    Optional<Document> findByIdAndDeletedAtIsNull(long id);

    @Query("select count(d) from Document d")
    long countAll();

    // search indexing (DocumentIndexSource): pages by id, collections in one query per page

    @Query("select d from Document d join fetch d.space where d.deletedAt is null and d.id > :after order by d.id")
    List<Document> findLiveAfter(@Param("after") long after, Limit limit);

    @Query("select d.id from Document d where d.deletedAt is null and d.clientId = :clientId")
    List<Long> liveIdsOfClient(@Param("clientId") long clientId);

    @Query("select d.id from Document d where d.deletedAt is null and d.projectId = :projectId")
    List<Long> liveIdsOfProject(@Param("projectId") long projectId);

    @Query("select count(d) from Document d where d.deletedAt is null")
    long countLive();

    @Query("select d.id, t.name from Document d join d.tags t where d.id in :ids order by t.name")
    List<Object[]> tagNamesOf(@Param("ids") Collection<Long> ids);

    @Query("select d.id, r from Document d join d.readerIds r where d.id in :ids")
    List<Object[]> readerIdsOf(@Param("ids") Collection<Long> ids);
}
