package io.relais.docs.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Upvotes: at most one per person and document (the primary key), added or removed in one statement. */
@Component
public class Upvotes {

    private final JdbcClient jdbc;

    Upvotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes the person's upvote if there is one, else adds it; answers whether it is now upvoted. */
    public boolean toggle(long documentId, long personId, Instant now) {
        int removed = jdbc.sql("delete from document_upvote where document_id = ? and person_id = ?")
                .params(documentId, personId).update();
        if (removed > 0) {
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
