package io.relais.rituals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RitualMeetingRepository extends JpaRepository<RitualMeeting, Long> {

    boolean existsByRitualIdAndMeetingDate(long ritualId, LocalDate meetingDate);

    Optional<RitualMeeting> findByRitualIdAndMeetingKey(long ritualId, String meetingKey);

    List<RitualMeeting> findByMinutesDocumentId(long documentId);

    /** Meetings starting in [from, to), by start, with their people (one query). */
    @Query("""
            select distinct m from RitualMeeting m left join fetch m.participantIds
            where m.startsAt >= :from and m.startsAt < :to order by m.startsAt, m.id""")
    List<RitualMeeting> startingBetween(Instant from, Instant to);

    /** A person's meetings starting in [from, to), by start. */
    @Query("""
            select m from RitualMeeting m join m.participantIds p
            where p = :personId and m.startsAt >= :from and m.startsAt < :to order by m.startsAt, m.id""")
    List<RitualMeeting> ofPersonStartingBetween(long personId, Instant from, Instant to);

    /** Who met whom before a day: rows of {meeting date, meeting id, person id}. */
    @Query("""
            select m.meetingDate, m.id, p from RitualMeeting m join m.participantIds p
            where m.ritualId = :ritualId and m.meetingDate < :before""")
    List<Object[]> participationsBefore(long ritualId, LocalDate before);
}
