package io.relais.clients.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskCommentRepository extends JpaRepository<TaskCommentEntry, Long> {

    List<TaskCommentEntry> findByTaskIdOrderByCreatedAtAscIdAsc(long taskId);

    List<TaskCommentEntry> findByTaskIdInOrderByCreatedAtAscIdAsc(Collection<Long> taskIds);
}
