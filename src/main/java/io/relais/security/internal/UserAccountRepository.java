package io.relais.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
