package io.relais.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByName(String name);

    @Query("""
            select new io.relais.people.TeamSummary(t.id, t.name, t.description,
                   (select count(p) from Person p where p.team = t and p.active = true))
            from Team t order by t.name
            """)
    List<io.relais.people.TeamSummary> findSummaries();
}
