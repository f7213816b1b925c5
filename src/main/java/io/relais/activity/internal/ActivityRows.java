package io.relais.activity.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends many activity entries with one batched statement (history written after the fact);
 * instants in UTC, as Hibernate writes them ({@code hibernate.jdbc.time_zone=UTC}).
 */
@Component
public class ActivityRows {

    private final JdbcTemplate jdbc;

    ActivityRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<ActivityEntry> entries) {
        jdbc.batchUpdate("""
                insert into activity (occurred_at, actor_person_id, action, subject_type, subject_id, team_id)
                values (?, ?, ?, ?, ?, ?)""", entries, 500, (statement, e) -> {
            statement.setObject(1, LocalDateTime.ofInstant(e.getOccurredAt(), ZoneOffset.UTC));
            statement.setObject(2, e.getActorPersonId());
            statement.setString(3, e.getAction());
            statement.setString(4, e.getSubjectType());
            statement.setLong(5, e.getSubjectId());
            statement.setObject(6, e.getTeamId());
        });
    }
}
