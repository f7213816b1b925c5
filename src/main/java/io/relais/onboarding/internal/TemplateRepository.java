package io.relais.onboarding.internal;

import io.relais.onboarding.Purpose;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateRepository extends JpaRepository<Template, Long> {

    List<Template> findByLatestTrueOrderByNameAsc();

    List<Template> findByLatestTrueAndPurposeOrderByNameAsc(Purpose purpose);

    List<Template> findByLineageOrderByVersionNumberDesc(String lineage);
}
