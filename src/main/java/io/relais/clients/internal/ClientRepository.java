package io.relais.clients.internal;

import io.relais.clients.ClientStatus;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, Long> {

    String FILTER = """
            from Client c
            where (:status is null or c.status = :status)
              and (:sector is null or c.sector = :sector)
              and (:ownerId is null or c.accountOwnerId = :ownerId)
              and (:pattern is null or c.name like :pattern escape '\\' or c.sector like :pattern escape '\\'
                   or exists (select 1 from ClientContact k where k.clientId = c.id and k.name like :pattern escape '\\'))
            """;

    /** Clients with their number of open projects, by name. */
    @Query("select c, (select count(p) from Project p where p.client = c and p.status <> io.relais.clients.ProjectStatus.COMPLETED) "
            + FILTER + " order by c.name, c.id")
    List<Object[]> page(@Param("pattern") String pattern, @Param("status") ClientStatus status,
            @Param("sector") String sector, @Param("ownerId") Long ownerId, Pageable page);

    @Query("select count(c) " + FILTER)
    long count(@Param("pattern") String pattern, @Param("status") ClientStatus status,
            @Param("sector") String sector, @Param("ownerId") Long ownerId);

    @Query("select distinct c.sector from Client c where c.sector is not null order by c.sector")
    List<String> sectors();

    /** The next clients after an id, in id order: the pages of a search rebuild. */
    @Query("select c from Client c where c.id > :after order by c.id")
    List<Client> after(@Param("after") long after, Limit limit);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, long id);
}
