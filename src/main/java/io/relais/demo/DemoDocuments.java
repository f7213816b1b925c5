package io.relais.demo;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.people.PersonRef;
import io.relais.people.PersonService;
import io.relais.people.TeamSummary;
import io.relais.platform.RelaisProperties;
import io.relais.platform.SystemTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency's written memory: a space per team plus "Toute l'agence", hand-written documents of
 * every kind over three years (with later revisions), and the minutes of the Monday trio. Written
 * through the document service as their authors; only the dates are moved back afterwards,
 * since the service (rightly) stamps the present.
 */
@Component
@Profile("!prod")
@Order(20)
class DemoDocuments implements ApplicationRunner {

    static final String COMPANY_SPACE = "Toute l'agence";
    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final DocumentService documents;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, Long> idsByTitle = new HashMap<>();

    DemoDocuments(DocumentService documents, PersonService people, JdbcTemplate jdbc,
            TransactionTemplate transaction, RelaisProperties properties, Clock clock) {
        this.documents = documents;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        SystemTask.runAsAdmin(() -> transaction.executeWithoutResult(status ->
                documents.ensureSpaces(COMPANY_SPACE, people.teams())));
        Long existing = jdbc.queryForObject("select count(*) from document", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        SystemTask.runAsAdmin(() -> transaction.executeWithoutResult(status -> create()));
        log.info("Demo documents created in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void create() {
        Map<String, Long> spaceByKey = spaces();
        List<DemoDocumentFile.Entry> entries = DemoDocumentFile.read();
        for (DemoDocumentFile.Entry entry : entries) {
            write(entry, spaceByKey.get(entry.space()));
        }
        for (DemoDocumentFile.Entry entry : entries) {
            String successor = entry.fields().get("supersededBy");
            if (successor != null) {
                supersede(entry, ids.get(successor));
            }
        }
        new DemoTrioMinutes(this::writeMinutes, people, clock).create();
    }

    private Map<String, Long> spaces() {
        Map<Long, String> teamIndex = new HashMap<>();
        List<TeamSummary> teams = people.teams();
        for (TeamSummary team : teams) {
            for (int i = 0; i < DemoOrganisation.TEAMS.size(); i++) {
                if (DemoOrganisation.TEAMS.get(i).name().equals(team.name())) {
                    teamIndex.put(team.id(), Integer.toString(i));
                }
            }
        }
        Map<String, Long> result = new HashMap<>();
        for (SpaceSummary space : documents.spaces()) {
            if (space.teamId() == null && space.name().equals(COMPANY_SPACE)) {
                result.put("*", space.id());
            } else if (space.teamId() != null && teamIndex.containsKey(space.teamId())) {
                result.put(teamIndex.get(space.teamId()), space.id());
            }
        }
        return result;
    }

    private void write(DemoDocumentFile.Entry entry, long spaceId) {
        long authorId = person(entry.author()).id();
        Set<Long> readers = entry.visibility() == Visibility.PEOPLE
                ? Set.of(person("sophie.laurent").id(), person("julien.mercier").id()) : Set.of();
        DemoDocumentFile.Revision first = entry.revisions().getFirst();
        DocumentForm form = new DocumentForm(spaceId, entry.title(), first.body(), "fr", entry.visibility(),
                new LinkedHashSet<>(entry.tags()), readers,
                entry.kind() == DocumentKind.ARTICLE ? today().minusDays(entry.daysAgo()).plusYears(1) : null,
                fields(entry));
        DocumentDetails created = DemoIdentity.runAsPerson(authorId, entry.author(), () -> documents.create(entry.kind(), form));
        ids.put(created.slug(), created.id());
        idsByTitle.put(entry.title(), created.id());
        backdate(created.id(), 1, first.daysAgo(), authorId);
        long version = created.version();
        for (int i = 1; i < entry.revisions().size(); i++) {
            DemoDocumentFile.Revision revision = entry.revisions().get(i);
            long editorId = person(revision.author()).id();
            long expected = version;
            DocumentDetails saved = DemoIdentity.runAsPerson(editorId, revision.author(),
                    () -> documents.update(created.id(), expected, form.withBody(revision.body())));
            version = saved.version();
            backdate(created.id(), i + 1, revision.daysAgo(), editorId);
        }
    }

    private void supersede(DemoDocumentFile.Entry entry, Long successorId) {
        long documentId = idsByTitle.get(entry.title());
        long authorId = person(entry.author()).id();
        DemoIdentity.runAsPerson(authorId, entry.author(), () -> {
            DocumentDetails current = documents.get(documentId);
            KindFields f = current.fields();
            return documents.update(documentId, current.version(), new DocumentForm(current.space().id(),
                    current.title(), current.body(), current.language(), current.visibility(),
                    Set.copyOf(current.tags()), Set.of(), null,
                    f.withDecision(f.decisionContext(), f.decision(), KindFields.DecisionStatus.SUPERSEDED,
                            f.decidedOn(), successorId)));
        });
        backdate(documentId, 2, Math.max(0, entry.daysAgo() - 300), authorId);
    }

    /** The Monday trio writes its minutes in the company space. */
    private long writeMinutes(PersonRef author, String title, String body, KindFields fields, int daysAgo) {
        long spaceId = spaces().get("*");
        DocumentForm form = new DocumentForm(spaceId, title, body, "fr", Visibility.COMPANY,
                Set.of("trio-du-lundi", "rituel"), Set.of(), null, fields);
        DocumentDetails created = DemoIdentity.runAsPerson(author.id(), author.fullName(),
                () -> documents.create(DocumentKind.MINUTES, form));
        backdate(created.id(), 1, daysAgo, author.id());
        return created.id();
    }

    private void backdate(long documentId, int revision, int daysAgo, long authorId) {
        Timestamp at = Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo)).minusSeconds(3600L * (revision % 7)));
        jdbc.update("update document set updated_at = ? where id = ?", at, documentId);
        if (revision == 1) {
            jdbc.update("update document set created_at = ? where id = ?", at, documentId);
        }
        jdbc.update("update document_revision set created_at = ? where document_id = ? and number = ?", at, documentId, revision);
        jdbc.update("""
                update activity set occurred_at = ? where subject_type = 'DOCUMENT' and subject_id = ?
                and actor_person_id = ? and occurred_at > ?""", at, documentId, authorId,
                Timestamp.from(clock.instant().minus(Duration.ofMinutes(10))));
    }

    private KindFields fields(DemoDocumentFile.Entry entry) {
        Map<String, String> f = entry.fields();
        return switch (entry.kind()) {
            case DECISION -> {
                KindFields.DecisionStatus status = KindFields.DecisionStatus.valueOf(f.getOrDefault("decisionStatus", "PROPOSED"));
                yield KindFields.EMPTY.withDecision(f.get("decisionContext"), f.get("decision"),
                        status == KindFields.DecisionStatus.SUPERSEDED ? KindFields.DecisionStatus.ACCEPTED : status,
                        f.containsKey("decidedOn") ? today().minusDays(Long.parseLong(f.get("decidedOn"))) : null, null);
            }
            case PROBLEM -> KindFields.EMPTY.withProblem(f.get("problem"), f.get("solution"),
                    KindFields.ProblemStatus.valueOf(f.getOrDefault("problemStatus", "OPEN")), f.get("clientProject"));
            case FEEDBACK -> KindFields.EMPTY.withFeedback(KindFields.FeedbackSource.valueOf(f.get("feedbackSource")),
                    KindFields.Sentiment.valueOf(f.get("sentiment")), KindFields.FollowUp.valueOf(f.get("followUp")));
            default -> KindFields.EMPTY;
        };
    }

    private PersonRef person(String localPart) {
        return people.findByHandle(localPart).orElseThrow(() -> new IllegalStateException("No demo person " + localPart));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Writes one set of minutes and answers its id. */
    @FunctionalInterface
    interface MinutesWriter {
        long write(PersonRef author, String title, String body, KindFields fields, int daysAgo);
    }

}
