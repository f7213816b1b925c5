package io.relais.docs;

import io.relais.activity.ActivityLog;
import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentAdoptionDays;
import io.relais.docs.internal.DocumentForms;
import io.relais.docs.internal.DocumentRepository;
import io.relais.docs.internal.DocumentRows;
import io.relais.docs.internal.Revisions;
import io.relais.docs.internal.Slugs;
import io.relais.docs.internal.Space;
import io.relais.docs.internal.SpaceRepository;
import io.relais.docs.internal.Tag;
import io.relais.docs.internal.TagRepository;
import io.relais.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes documents whose history happened before they reached Relais (the demo organisation's
 * three years), with their real authors and dates. {@link DocumentService} stamps the present
 * and the signed-in person, as it should; this service takes both as arguments, so it is for
 * system work only (ADMIN through {@code SystemTask}) and has no view or API. Every save is a
 * revision and an activity at its own past instant; each document publishes one
 * {@link DocumentChanged} for search; mentions notify nobody, since the history is old news.
 */
@Service
@Transactional
public class DocumentBackfill {

    /** One save of a past document: who, when, and what the document then held. */
    public record PastSave(long authorId, Instant at, DocumentForm form) {
    }

    /** A past document: its first save creates it, the later ones (in time order) edit it. */
    public record PastDocument(DocumentKind kind, List<PastSave> saves) {

        public PastDocument {
            saves = List.copyOf(saves);
            if (saves.isEmpty()) {
                throw new IllegalArgumentException("A past document has at least its first save");
            }
        }
    }

    /** What a backfilled document is known by. */
    public record Backfilled(long id, String slug) {
    }

    private final DocumentRepository documents;
    private final SpaceRepository spaces;
    private final DocumentForms forms;
    private final TagRepository tagRepository;
    private final DocumentRows rows;
    private final Revisions revisions;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final DocumentAdoptionDays adoptionDays;
    private final Clock clock;

    DocumentBackfill(DocumentRepository documents, SpaceRepository spaces, DocumentForms forms, TagRepository tagRepository,
            DocumentRows rows, Revisions revisions, ActivityLog activity, ApplicationEventPublisher events,
            DocumentAdoptionDays adoptionDays, Clock clock) {
        this.tagRepository = tagRepository;
        this.documents = documents;
        this.spaces = spaces;
        this.forms = forms;
        this.rows = rows;
        this.revisions = revisions;
        this.activity = activity;
        this.events = events;
        this.adoptionDays = adoptionDays;
        this.clock = clock;
    }

    /**
     * Creates the documents with all their revisions, in batches: hundreds take a second. The
     * same validation and rules apply as to a document written today; answers ids and slugs in order.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Backfilled> createAll(List<PastDocument> past) {
        Map<Long, Space> spaceById = new HashMap<>();
        Map<String, Tag> tagCache = tags(past);
        Map<Long, Set<String>> slugsTaken = new HashMap<>();
        List<Document> built = new ArrayList<>(past.size());
        List<List<DocumentRows.Snapshot>> snapshots = new ArrayList<>(past.size());
        for (PastDocument document : past) {
            PastSave first = document.saves().getFirst();
            Space space = spaceById.computeIfAbsent(first.form().spaceId(),
                    id -> spaces.findById(id).orElseThrow(NotFoundException::new));
            Set<String> taken = slugsTaken.computeIfAbsent(space.getId(), id -> new HashSet<>(documents.slugsIn(id)));
            String slug = Slugs.unique(first.form().title(), taken::contains);
            taken.add(slug);
            Document building = new Document(space, document.kind(), slug, first.authorId(), first.at());
            List<DocumentRows.Snapshot> saves = new ArrayList<>();
            for (PastSave save : document.saves()) {
                requirePast(save.at());
                if (save.at().isBefore(building.getUpdatedAt())) {
                    throw new IllegalArgumentException("Past saves come in time order: " + first.form().title());
                }
                int number = apply(building, save, name -> tagCache.computeIfAbsent(name, forms::tag));
                saves.add(DocumentRows.Snapshot.of(building, number, save.authorId(), save.at()));
            }
            built.add(building);
            snapshots.add(saves);
        }
        List<Long> ids = rows.insert(built, snapshots);
        List<Backfilled> result = new ArrayList<>(ids.size());
        List<ActivityLog.PastActivity> activities = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Long teamId = built.get(i).getSpace().getTeamId();
            List<PastSave> saves = past.get(i).saves();
            for (int s = 0; s < saves.size(); s++) {
                DocumentChanged.Type type = s == 0 ? DocumentChanged.Type.CREATED : DocumentChanged.Type.UPDATED;
                activities.add(new ActivityLog.PastActivity(saves.get(s).at(), saves.get(s).authorId(), type.name(),
                        DocumentService.SUBJECT, id, teamId));
            }
            events.publishEvent(new DocumentChanged(id, DocumentChanged.Type.CREATED));
            result.add(new Backfilled(id, built.get(i).getSlug()));
        }
        activity.recordAllAsOf(activities);
        adoptionDays.backfilled(built, past.stream().flatMap(document -> document.saves().stream()).map(PastSave::at).toList());
        return result;
    }

    /** Every tag the saves use, created in one batch where missing (a name the collation folds is found on use). */
    private Map<String, Tag> tags(List<PastDocument> past) {
        Set<String> names = new HashSet<>();
        past.forEach(document -> document.saves().forEach(save -> names.addAll(DocumentForms.tagNames(save.form().tags()))));
        rows.insertMissingTags(names);
        Map<String, Tag> byName = new HashMap<>();
        tagRepository.findAll().forEach(tag -> byName.put(tag.getName(), tag));
        return byName;
    }

    /** A later save of an existing document, by its editor at a past instant after the previous one. */
    @PreAuthorize("hasRole('ADMIN')")
    public void edit(long id, PastSave save) {
        requirePast(save.at());
        Document document = documents.findByIdAndDeletedAtIsNull(id).orElseThrow(NotFoundException::new);
        if (save.at().isBefore(document.getUpdatedAt())) {
            throw new IllegalArgumentException("A past save cannot predate the previous one: " + save.at());
        }
        int number = apply(document, save, forms::tag);
        revisions.snapshot(document, number, save.authorId(), save.at(), null);
        adoptionDays.backfilled(List.of(document), List.of(save.at()));
        events.publishEvent(new DocumentChanged(id, DocumentChanged.Type.UPDATED));
        activity.recordAllAsOf(List.of(new ActivityLog.PastActivity(save.at(), save.authorId(),
                DocumentChanged.Type.UPDATED.name(), DocumentService.SUBJECT, id, document.getSpace().getTeamId())));
    }

    private int apply(Document document, PastSave save, Function<String, Tag> tag) {
        int number = document.edit(forms.content(save.form(), tag), save.authorId(), save.at());
        document.changeVisibility(save.form().visibility() == null ? Visibility.SPACE : save.form().visibility(),
                save.form().readerIds());
        if (document.getKind() == DocumentKind.PROBLEM) {
            document.backfillHelpedCount(save.form().fields().helpedCount());
        }
        return number;
    }

    private void requirePast(Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("Backfilled history cannot be in the future: " + at);
        }
    }
}
