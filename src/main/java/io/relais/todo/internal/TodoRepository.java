package io.relais.todo.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TodoRepository extends JpaRepository<Todo, Long> {

    List<Todo> findBySourceStartingWith(String sourcePrefix);

    List<Todo> findBySourceIn(Collection<String> sources);

    Optional<Todo> findByIdAndOwnerId(long id, long ownerId);

    Optional<Todo> findFirstByOwnerIdAndDoneAndPositionLessThanOrderByPositionDesc(long ownerId, boolean done,
            long position);

    Optional<Todo> findFirstByOwnerIdAndDoneAndPositionGreaterThanOrderByPositionAsc(long ownerId, boolean done,
            long position);

    /**
     * One page of a person's list. {@code openOnly}/{@code doneOnly} select the status and
     * {@code dueBefore} keeps items due before that day; the caller's {@link Pageable} orders them.
     */
    @Query("""
            select t from Todo t where t.ownerId = :ownerId
            and (:openOnly = false or t.done = false) and (:doneOnly = false or t.done = true)
            and (:dueBefore is null or t.dueDate < :dueBefore)""")
    List<Todo> page(@Param("ownerId") long ownerId, @Param("openOnly") boolean openOnly,
            @Param("doneOnly") boolean doneOnly, @Param("dueBefore") LocalDate dueBefore, Pageable page);

    @Query("""
            select count(t) from Todo t where t.ownerId = :ownerId
            and (:openOnly = false or t.done = false) and (:doneOnly = false or t.done = true)
            and (:dueBefore is null or t.dueDate < :dueBefore)""")
    long count(@Param("ownerId") long ownerId, @Param("openOnly") boolean openOnly,
            @Param("doneOnly") boolean doneOnly, @Param("dueBefore") LocalDate dueBefore);

    @Query("select coalesce(min(t.position), 0) from Todo t where t.ownerId = :ownerId")
    long firstPosition(@Param("ownerId") long ownerId);

    /** (owner id, top position) of those who have a list among these people. */
    @Query("select t.ownerId, min(t.position) from Todo t where t.ownerId in :ownerIds group by t.ownerId")
    List<Object[]> firstPositions(@Param("ownerIds") Collection<Long> ownerIds);

    /** Shifts the items of a person's list whose position lies in [from, to] by {@code delta}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Todo t set t.position = t.position + :delta
            where t.ownerId = :ownerId and t.position between :from and :to""")
    int shift(@Param("ownerId") long ownerId, @Param("from") long from, @Param("to") long to,
            @Param("delta") long delta);
}
