package io.relais.docs.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HelpfulNoteRepository extends JpaRepository<HelpfulNote, Long> {

    Optional<HelpfulNote> findByDocumentIdAndAuthorId(long documentId, long authorId);

    List<HelpfulNote> findByDocumentIdOrderByCreatedAtDescIdDesc(long documentId, Pageable page);

    long countByDocumentId(long documentId);
}
