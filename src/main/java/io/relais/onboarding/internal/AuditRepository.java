package io.relais.onboarding.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<AuditRow, Long> {

    List<AuditRow> findByOnboardingIdOrderByOccurredAtAscIdAsc(long onboardingId);
}
