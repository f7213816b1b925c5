package io.relais.clients.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientContactRepository extends JpaRepository<ClientContact, Long> {

    List<ClientContact> findByClientIdOrderByNameAscIdAsc(long clientId);

    long countByClientId(long clientId);

    @Query("select k from ClientContact k where k.id > :after order by k.id")
    List<ClientContact> after(@Param("after") long after, Limit limit);

    @Query("select k.id from ClientContact k where k.clientId = :clientId")
    List<Long> idsOfClient(@Param("clientId") long clientId);
}
