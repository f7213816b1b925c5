package io.relais.clients.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    String OPEN_TASKS = "(select count(t) from Task t where t.project = p and t.status <> io.relais.clients.TaskStatus.DONE)";

    /** A client's projects with their number of open tasks, most recent first. */
    @Query("select p, " + OPEN_TASKS + " from Project p join fetch p.client c where c.id = :clientId "
            + "order by p.startDate desc, p.id desc")
    List<Object[]> ofClient(@Param("clientId") long clientId);

    /** Projects whose client or name contains the text, open ones first: for pickers and filters. */
    @Query("select p, " + OPEN_TASKS + """
             from Project p join fetch p.client c
            where (:pattern is null or p.name like :pattern escape '\\' or c.name like :pattern escape '\\')
            order by (case when p.status = io.relais.clients.ProjectStatus.COMPLETED then 1 else 0 end), c.name, p.name
            """)
    List<Object[]> find(@Param("pattern") String pattern, Pageable page);

    @Query("""
            select count(p) from Project p join p.client c
            where (:pattern is null or p.name like :pattern escape '\\' or c.name like :pattern escape '\\')
            """)
    long count(@Param("pattern") String pattern);

    @Query("select p from Project p join fetch p.client where p.id > :after order by p.id")
    List<Project> after(@Param("after") long after, Limit limit);

    @Query("select p from Project p join fetch p.client where p.id in :ids")
    List<Project> withClients(@Param("ids") Collection<Long> ids);

    @Query("select p.id from Project p where p.client.id = :clientId")
    List<Long> idsOfClient(@Param("clientId") long clientId);

    boolean existsByClientIdAndOwnerId(long clientId, long ownerId);

    boolean existsByClientIdAndName(long clientId, String name);

    boolean existsByClientIdAndNameAndIdNot(long clientId, String name, long id);
}
