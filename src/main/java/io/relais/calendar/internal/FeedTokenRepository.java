package io.relais.calendar.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByTokenHash(String tokenHash);
}
