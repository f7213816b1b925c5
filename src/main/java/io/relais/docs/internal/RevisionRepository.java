package io.relais.docs.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByDocumentIdOrderByNumberDesc(long documentId);

    Optional<Revision> findByDocumentIdAndNumber(long documentId, int number);
}
