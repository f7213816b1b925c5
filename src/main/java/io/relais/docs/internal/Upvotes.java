package io.relais.docs.internal;

import io.relais.analytics.AdoptionChanges;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Upvotes: at most one per person and document (the primary key). */
@Component
public class Upvotes {

    private final JdbcClient jdbc;
    private final AdoptionChanges adoption;

    Upvotes(JdbcClient jdbc, AdoptionChanges adoption) {
        this.jdbc = jdbc;
        this.adoption = adoption;
    }

    /**
     * Removes the person's upvote if there is one, else adds it; answers whether it is now
     * upvoted. An upvote withdrawn counted on the day it was given. One person's toggles run one
     * after the other (their person row is locked first): two tabs toggling the same absent
     * upvote at once would otherwise both lock the gap where it goes, then deadlock inserting it.
     */
    public boolean toggle(long documentId, long personId, Instant now) {
        jdbc.sql("select id from person where id = ? for update").param(personId).query(Long.class).single();
        Optional<Instant> given = jdbc.sql("select created_at from document_upvote where document_id = ? and person_id = ?"
                + " for update").params(documentId, personId).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (given.isPresent()) {
            jdbc.sql("delete from document_upvote where document_id = ? and person_id = ?").params(documentId, personId).update();
            adoption.changedAt(given.get());
            return false;
        }
        jdbc.sql("insert ignore into document_upvote (document_id, person_id, created_at) values (?, ?, ?)")
                .params(documentId, personId, Timestamp.from(now)).update();
        return true;
    }

    public long count(long documentId) {
        return jdbc.sql("select count(*) from document_upvote where document_id = ?")
                .param(documentId).query(Long.class).single();
    }

    public boolean exists(long documentId, long personId) {
        return jdbc.sql("select count(*) from document_upvote where document_id = ? and person_id = ?")
                .params(documentId, personId).query(Long.class).single() > 0;
    }
}
