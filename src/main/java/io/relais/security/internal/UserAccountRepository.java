package io.relais.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    @Query("select a.personId from UserAccount a where a.personId is not null")
    java.util.Set<Long> findPersonIdsWithAccount();

    @Query("""
            select a from UserAccount a
            where :pattern is null or a.username like :pattern escape '\\'
               or a.displayName like :pattern escape '\\'
            """)
    List<UserAccount> search(@Param("pattern") String pattern, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where :pattern is null or a.username like :pattern escape '\\'
               or a.displayName like :pattern escape '\\'
            """)
    long countSearch(@Param("pattern") String pattern);

    @Query("select count(a) from UserAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(@Param("role") String role);

    /**
     * Remembers a sign-in with one UPDATE that leaves the version alone: the same person signing in
     * on two devices at once, or an administrator editing the account meanwhile, must not make a
     * sign-in fail on an optimistic-locking conflict (the load benchmark's parallel sign-ins did).
     */
    @Modifying
    @Query("update UserAccount a set a.lastLoginAt = :when where a.id = :id")
    void recordLogin(@Param("id") long id, @Param("when") Instant when);
}
