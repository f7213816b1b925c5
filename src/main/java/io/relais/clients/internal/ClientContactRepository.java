package io.relais.clients.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientContactRepository extends JpaRepository<ClientContact, Long> {

    List<ClientContact> findByClientIdOrderByNameAscIdAsc(long clientId);

    long countByClientId(long clientId);
}
