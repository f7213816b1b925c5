package io.relais.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    long countByAccountId(long accountId);

    Optional<ApiToken> findByIdAndAccountId(long id, long accountId);
}
