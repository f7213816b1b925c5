package io.relais.clients.internal;

import io.relais.clients.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TaskRepository extends JpaRepository<Task, Long> {

    String FILTER = """
            where (:projectId is null or p.id = :projectId)
              and (:clientId is null or c.id = :clientId)
              and (:assigneeId is null or t.assigneeId = :assigneeId)
              and (:status is null or t.status = :status)
              and (:openOnly = false or t.status <> io.relais.clients.TaskStatus.DONE)
              and (:overdueBefore is null or (t.status <> io.relais.clients.TaskStatus.DONE and t.dueDate < :overdueBefore))
              and (:pattern is null or t.title like :pattern escape '\\')
            """;

    String PRIORITY_RANK = """
            (case t.priority when io.relais.clients.TaskPriority.URGENT then 0 when io.relais.clients.TaskPriority.HIGH then 1
                             when io.relais.clients.TaskPriority.NORMAL then 2 else 3 end)
            """;

    /** Tasks by due date (undated last): the list view. */
    @Query("select t from Task t join fetch t.project p join fetch p.client c " + FILTER
            + " order by (case when t.dueDate is null then 1 else 0 end), t.dueDate, " + PRIORITY_RANK + ", t.id")
    List<Task> byDueDate(@Param("projectId") Long projectId, @Param("clientId") Long clientId,
            @Param("assigneeId") Long assigneeId, @Param("status") TaskStatus status,
            @Param("openOnly") boolean openOnly, @Param("overdueBefore") LocalDate overdueBefore,
            @Param("pattern") String pattern, Pageable page);

    /** Tasks by priority, then due date: a board column. */
    @Query("select t from Task t join fetch t.project p join fetch p.client c " + FILTER
            + " order by " + PRIORITY_RANK + ", (case when t.dueDate is null then 1 else 0 end), t.dueDate, t.id")
    List<Task> byPriority(@Param("projectId") Long projectId, @Param("clientId") Long clientId,
            @Param("assigneeId") Long assigneeId, @Param("status") TaskStatus status,
            @Param("openOnly") boolean openOnly, @Param("overdueBefore") LocalDate overdueBefore,
            @Param("pattern") String pattern, Pageable page);

    @Query("select count(t) from Task t join t.project p join p.client c " + FILTER)
    long count(@Param("projectId") Long projectId, @Param("clientId") Long clientId,
            @Param("assigneeId") Long assigneeId, @Param("status") TaskStatus status,
            @Param("openOnly") boolean openOnly, @Param("overdueBefore") LocalDate overdueBefore,
            @Param("pattern") String pattern);
}
