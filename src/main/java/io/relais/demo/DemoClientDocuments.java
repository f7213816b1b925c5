package io.relais.demo;

import io.relais.docs.DocumentService;
import io.relais.platform.SystemTask;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links the demo documents about clients to their client and project, through the document
 * service as each document's owner (as a person would): a document naming a client goes to that
 * client; other client feedback, problems met on a client project and client meeting minutes go
 * to a project that was running when they were written.
 */
final class DemoClientDocuments {

    private record Candidate(long id, long ownerId, String kind, String text, boolean clientRelated, LocalDate written) {
    }

    private final DocumentService documents;
    private final JdbcTemplate jdbc;
    private final DemoClients.DemoClientData data;

    DemoClientDocuments(DocumentService documents, JdbcTemplate jdbc, DemoClients.DemoClientData data) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.data = data;
    }

    /** Links what is about clients; answers how many documents were linked. */
    int link(java.time.Instant startedAt) {
        List<Candidate> candidates = jdbc.query("""
                select d.id, d.owner_id, d.kind, concat(d.title, ' ', coalesce(d.client_project, '')) text,
                       (d.kind = 'PROBLEM' and d.client_project is not null)
                       or (d.kind = 'FEEDBACK' and d.feedback_source = 'CLIENT')
                       or (d.kind = 'MINUTES' and lower(d.title) like '%client%') client_related,
                       d.created_at
                from document d where d.deleted_at is null and d.client_id is null
                """, (rs, row) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getBoolean(5), rs.getTimestamp(6).toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
        int linked = 0;
        for (Candidate candidate : candidates) {
            Optional<DemoClients.DemoClientData.ProjectRow> project = target(candidate);
            if (project.isPresent()) {
                long clientId = project.get().client().id();
                long projectId = project.get().id();
                SystemTask.runAsPerson(candidate.ownerId(), "demo", () ->
                        documents.linkToClient(candidate.id(), clientId, projectId));
                linked++;
            }
        }
        // The service records the link as an UPDATED activity of today, a save with no revision behind
        // it. The demo documents read as written about their client from the start, so that entry
        // goes: moved back to the last save, it doubled that save in the feed.
        jdbc.update("delete from activity where subject_type = 'DOCUMENT' and action = 'UPDATED' and occurred_at >= ? "
                + "and subject_id in (select id from document where client_id is not null)", Timestamp.from(startedAt));
        return linked;
    }

    private Optional<DemoClients.DemoClientData.ProjectRow> target(Candidate candidate) {
        String text = candidate.text().toLowerCase(Locale.ROOT);
        Optional<DemoClients.DemoClientData.ClientRow> named = data.clients.stream()
                .filter(c -> text.contains(c.name().toLowerCase(Locale.ROOT))).findFirst();
        List<DemoClients.DemoClientData.ProjectRow> running = data.projects.stream()
                .filter(p -> named.map(c -> c.id() == p.client().id()).orElse(candidate.clientRelated()))
                .sorted(Comparator.comparing(p -> Math.abs(p.start().toEpochDay() - candidate.written().toEpochDay())))
                .toList();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        // named: the client's project closest in time; otherwise one of the projects running then, spread by id
        return Optional.of(named.isPresent() ? running.getFirst()
                : running.get((int) (candidate.id() % Math.min(3, running.size()))));
    }
}
