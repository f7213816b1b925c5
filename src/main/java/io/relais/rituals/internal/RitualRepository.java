package io.relais.rituals.internal;

import io.relais.rituals.RitualKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RitualRepository extends JpaRepository<Ritual, Long> {

    Optional<Ritual> findByKind(RitualKind kind);

    List<Ritual> findAllByOrderByIdAsc();
}
