package io.relais.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    /** The team of a person (an empty result for an unknown person, a {@code null} team for none). */
    @Query("select t.id from Person p left join p.team t where p.id = :personId")
    List<Long> teamIdOf(@Param("personId") long personId);

    String FILTER = """
            from Person p left join p.team t
            where (:pattern is null
                   or concat(p.firstName, ' ', p.lastName) like :pattern escape '\\'
                   or concat(p.lastName, ' ', p.firstName) like :pattern escape '\\'
                   or p.email like :pattern escape '\\')
              and (:teamId is null or t.id = :teamId)
              and (:includeInactive = true or p.active = true)
            """;

    @Query("""
            select new io.relais.people.PersonSummary(p.id, p.firstName, p.lastName, p.email,
                   p.jobTitle, t.id, t.name, p.startDate, p.active)
            """ + FILTER)
    List<io.relais.people.PersonSummary> findSummaries(@Param("pattern") String pattern,
            @Param("teamId") Long teamId, @Param("includeInactive") boolean includeInactive,
            Pageable pageable);

    @Query("select count(p) " + FILTER)
    long countFiltered(@Param("pattern") String pattern, @Param("teamId") Long teamId,
            @Param("includeInactive") boolean includeInactive);

    Optional<Person> findByEmail(String email);

    Optional<Person> findFirstByEmailStartingWithAndActiveTrueOrderByIdAsc(String prefix);

    List<Person> findByManagerIdOrderByLastNameAscFirstNameAsc(Long managerId);

    List<Person> findByActiveTrueOrderByStartDateAsc();

    long countByTeamIdAndActiveTrue(Long teamId);

    /** Arrivals per month: rows of (year, month, count). */
    @Query("""
            select year(p.startDate), month(p.startDate), count(p) from Person p
            group by year(p.startDate), month(p.startDate)
            """)
    List<Object[]> arrivalsPerMonth();

    /** Departures per month: rows of (year, month, count). */
    @Query("""
            select year(p.leftOn), month(p.leftOn), count(p) from Person p where p.leftOn is not null
            group by year(p.leftOn), month(p.leftOn)
            """)
    List<Object[]> departuresPerMonth();

    /** Active people per team: rows of (team name, count); people without a team are left out. */
    @Query("""
            select t.name, count(p) from Person p join p.team t where p.active = true
            group by t.name order by count(p) desc, t.name
            """)
    List<Object[]> activePerTeam();

    /** Everybody who ever joined, as (id, team id, start date, left on): the denominators of per-person figures. */
    @Query("""
            select new io.relais.people.Membership(p.id, t.id, p.startDate, p.leftOn)
            from Person p left join p.team t order by p.id
            """)
    List<io.relais.people.Membership> memberships();

    /** The teams whose active members this person manages while being in the same team. */
    @Query("""
            select distinct t.id from Person p join p.team t join p.manager m
            where m.id = :personId and m.team = t and p.active = true
            """)
    List<Long> teamsLedBy(@Param("personId") long personId);
}
