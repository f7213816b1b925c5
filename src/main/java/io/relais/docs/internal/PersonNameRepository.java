package io.relais.docs.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonNameRepository extends JpaRepository<PersonName, Long> {
}
