package io.relais.clients.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonLabelRepository extends JpaRepository<PersonLabel, Long> {

    List<PersonLabel> findByIdIn(Collection<Long> ids);
}
