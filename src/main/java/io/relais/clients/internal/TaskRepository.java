package io.relais.clients.internal;

import io.relais.clients.TaskStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
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

    @Query("select t from Task t join fetch t.project p join fetch p.client where t.id > :after order by t.id")
    List<Task> after(@Param("after") long after, Limit limit);

    @Query("select t.id from Task t where t.project.client.id = :clientId")
    List<Long> idsOfClient(@Param("clientId") long clientId);

    @Query("select t.id from Task t where t.project.id = :projectId")
    List<Long> idsOfProject(@Param("projectId") long projectId);

    /** The checklist lines of some tasks as (task id, text) rows, in one query. */
    @Query("select t.id, e.text from Task t join t.checklist e where t.id in :ids")
    List<Object[]> checklistTexts(@Param("ids") Collection<Long> ids);

    @Query("select count(t) from Task t join t.project p join p.client c " + FILTER)
    long count(@Param("projectId") Long projectId, @Param("clientId") Long clientId,
            @Param("assigneeId") Long assigneeId, @Param("status") TaskStatus status,
            @Param("openOnly") boolean openOnly, @Param("overdueBefore") LocalDate overdueBefore,
            @Param("pattern") String pattern);
}
