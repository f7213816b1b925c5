package io.relais.docs.internal;

import io.relais.docs.PublicEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The only queries anonymous readers reach: every one of them is restricted to documents that are
 * PUBLIC and not deleted.
 */
public interface PublicDocumentRepository extends Repository<Document, Long> {

    String PUBLIC = "d.deletedAt is null and d.visibility = io.relais.docs.Visibility.PUBLIC";

    @Query("select d from Document d join fetch d.space s where s.slug = :space and d.slug = :slug and " + PUBLIC)
    Optional<Document> findPublic(@Param("space") String spaceSlug, @Param("slug") String slug);

    @Query("select d from Document d join fetch d.space s where d.slug = :slug and " + PUBLIC
            + " order by (case when s.id = :spaceId then 0 else 1 end), d.id")
    List<Document> findPublicBySlugPreferringSpace(@Param("slug") String slug, @Param("spaceId") long spaceId,
            Pageable first);

    @Query("""
            select new io.relais.docs.PublicEntry(d.id, s.slug, s.name, d.slug, d.title, d.language, d.updatedAt)
            from Document d join d.space s
            where (:space is null or s.slug = :space) and
            """ + PUBLIC + " order by s.name, d.title, d.id")
    List<PublicEntry> entries(@Param("space") String spaceSlug, Pageable page);
}
