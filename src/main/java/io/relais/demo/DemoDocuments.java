package io.relais.demo;

import io.relais.docs.DocumentBackfill;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.people.PersonService;
import io.relais.platform.RelaisProperties;
import io.relais.platform.SystemTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * The agency's written memory over three years: a space per team plus "Toute l'agence", and about
 * 400 documents of every kind ({@link DemoDocumentPlan}), written through {@link DocumentBackfill}
 * as their authors at the moments they wrote them, with their later revisions. Runs once per
 * database, in one transaction.
 */
@Component
@Profile("!prod")
@Order(20)
class DemoDocuments implements ApplicationRunner {

    static final String COMPANY_SPACE = "Toute l'agence";
    static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Paris");
    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

    private final DocumentService documents;
    private final DocumentBackfill backfill;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoDocuments(DocumentService documents, DocumentBackfill backfill, PersonService people, JdbcTemplate jdbc,
            TransactionTemplate transaction, RelaisProperties properties, Clock clock) {
        this.documents = documents;
        this.backfill = backfill;
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
        if (!DemoTables.isEmpty(jdbc, "document")) {
            return;
        }
        long started = System.nanoTime();
        SystemTask.runAsAdmin(() -> transaction.executeWithoutResult(status -> {
            DemoPeople roster = DemoPeople.of(people.activePeople());
            List<DemoDraft> drafts = new DemoDocumentPlan(roster, new DemoStory(roster, LocalDate.now(clock))).drafts();
            long planned = System.nanoTime();
            new Writer(spaces()).write(drafts);
            log.info("Demo documents: {} written in {} ms ({} ms to compose them, {} ms to store them)", drafts.size(),
                    (System.nanoTime() - started) / 1_000_000, (planned - started) / 1_000_000, (System.nanoTime() - planned) / 1_000_000);
        }));
    }

    /** Space ids by team index, {@link DemoStory#COMPANY} for the company-wide space. */
    private Map<Integer, Long> spaces() {
        Map<Long, Integer> teamIndex = new HashMap<>();
        people.teams().forEach(team -> teamIndex.put(team.id(), DemoPeople.teamIndex(team.name())));
        Map<Integer, Long> result = new HashMap<>();
        for (SpaceSummary space : documents.spaces()) {
            if (space.teamId() == null && space.name().equals(COMPANY_SPACE)) {
                result.put(DemoStory.COMPANY, space.id());
            } else if (space.teamId() != null && teamIndex.containsKey(space.teamId())) {
                result.put(teamIndex.get(space.teamId()), space.id());
            }
        }
        return result;
    }

    /** Writes all drafts in one batch, then marks superseded decisions. */
    private final class Writer {

        private final Map<Integer, Long> spaceIds;

        Writer(Map<Integer, Long> spaceIds) {
            this.spaceIds = spaceIds;
        }

        void write(List<DemoDraft> drafts) {
            List<DocumentBackfill.PastDocument> past = new ArrayList<>(drafts.size());
            for (DemoDraft draft : drafts) {
                List<DocumentBackfill.PastSave> saves = new ArrayList<>();
                saves.add(save(draft, draft.author, draft.at, draft.body, draft.fields, draft.reviewBy));
                draft.edits.forEach(edit -> saves.add(save(draft, edit.editor(), edit.at(), edit.body(), edit.fields(), edit.reviewBy())));
                past.add(new DocumentBackfill.PastDocument(draft.kind, saves));
            }
            List<DocumentBackfill.Backfilled> written = backfill.createAll(past);
            Map<String, Long> idByTitle = new HashMap<>();
            for (int i = 0; i < drafts.size(); i++) {
                idByTitle.put(drafts.get(i).title, written.get(i).id());
            }
            for (DemoDraft newer : drafts) {
                if (newer.supersedes != null) {
                    supersede(drafts, newer, idByTitle);
                }
            }
        }

        /** When the newer decision is taken, the older one's owner marks it superseded. */
        private void supersede(List<DemoDraft> drafts, DemoDraft newer, Map<String, Long> idByTitle) {
            DemoDraft older = drafts.stream().filter(d -> d.title.equals(newer.supersedes)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No decision titled " + newer.supersedes));
            KindFields f = older.lastFields();
            KindFields superseded = f.withDecision(f.decisionContext(), f.decision(), KindFields.DecisionStatus.SUPERSEDED,
                    f.decidedOn(), idByTitle.get(newer.title));
            backfill.edit(idByTitle.get(older.title), save(older, older.author, newer.lastSavedAt().plusHours(1),
                    older.lastBody(), superseded, null));
        }

        private DocumentBackfill.PastSave save(DemoDraft draft, DemoPeople.Member who, LocalDateTime at, String body,
                KindFields fields, LocalDate reviewBy) {
            return new DocumentBackfill.PastSave(who.id(), instant(at), new DocumentForm(spaceIds.get(draft.space), draft.title,
                    body, "fr", draft.visibility, new LinkedHashSet<>(draft.tags), draft.readerIds, reviewBy, fields));
        }

        private Instant instant(LocalDateTime at) {
            Instant instant = at.atZone(AGENCY_ZONE).toInstant();
            Instant latest = clock.instant().minusSeconds(60);
            return instant.isAfter(latest) ? latest : instant;
        }
    }
}
