package io.relais.docs.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SpaceRepository extends JpaRepository<Space, Long> {

    List<Space> findAllByOrderByNameAsc();

    Optional<Space> findByTeamId(long teamId);

    boolean existsBySlug(String slug);

    /** The ids of the spaces a person belongs to. */
    @Query("""
            select s.id from Space s
            where s.openToAll = true or (:teamId is not null and s.teamId = :teamId)
               or :personId member of s.memberIds
            """)
    List<Long> memberSpaceIds(@Param("personId") long personId, @Param("teamId") Long teamId);
}
