package io.relais.docs.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /** Oldest first: a comment thread reads as a conversation. */
    List<Comment> findByDocumentIdOrderByCreatedAtAscIdAsc(long documentId, Pageable page);

    long countByDocumentId(long documentId);

    Optional<Comment> findByAuthorIdAndSubmissionKey(long authorId, String submissionKey);
}
