package io.relais.docs;

import io.relais.activity.ActivityLog;
import io.relais.clients.ClientLink;
import io.relais.clients.ClientService;
import io.relais.docs.internal.Document;
import io.relais.docs.internal.DocumentAccess;
import io.relais.docs.internal.DocumentAdoptionDays;
import io.relais.docs.internal.DocumentForms;
import io.relais.docs.internal.DocumentRepository;
import io.relais.docs.internal.DocumentTemplates;
import io.relais.docs.internal.DocumentViews;
import io.relais.docs.internal.Revision;
import io.relais.docs.internal.RevisionRepository;
import io.relais.docs.internal.Revisions;
import io.relais.docs.internal.Slugs;
import io.relais.docs.internal.Space;
import io.relais.docs.internal.SpaceRepository;
import io.relais.docs.internal.TagRepository;
import io.relais.docs.internal.Viewer;
import io.relais.docs.internal.Viewers;
import io.relais.notifications.NotificationService;
import io.relais.platform.LikePattern;
import io.relais.platform.NotFoundException;
import io.relais.platform.NotPermittedException;
import io.relais.platform.OffsetPage;
import io.relais.platform.UserFacingException;
import io.relais.platform.markdown.RenderedMarkdown;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents: every read and write checks the caller's rights on the document itself. A document
 * the caller may not read answers "not found", so its existence is not revealed. Every write
 * publishes {@link DocumentChanged} and records an activity in the same transaction.
 */
@Service
@Transactional
public class DocumentService {

    static final String SUBJECT = "DOCUMENT";
    private static final Sort RECENT_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final DocumentRepository documents;
    private final SpaceRepository spaces;
    private final TagRepository tags;
    private final RevisionRepository revisionRepository;
    private final Revisions revisions;
    private final DocumentForms forms;
    private final DocumentViews views;
    private final Viewers viewers;
    private final ActivityLog activity;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final ClientService clients;
    private final DocumentAdoptionDays adoptionDays;
    private final Clock clock;

    DocumentService(DocumentRepository documents, SpaceRepository spaces, TagRepository tags,
            RevisionRepository revisionRepository, Revisions revisions, DocumentForms forms,
            DocumentViews views, Viewers viewers, ActivityLog activity, NotificationService notifications,
            ApplicationEventPublisher events, ClientService clients, DocumentAdoptionDays adoptionDays, Clock clock) {
        this.documents = documents;
        this.spaces = spaces;
        this.tags = tags;
        this.revisionRepository = revisionRepository;
        this.revisions = revisions;
        this.forms = forms;
        this.views = views;
        this.viewers = viewers;
        this.activity = activity;
        this.notifications = notifications;
        this.events = events;
        this.clients = clients;
        this.adoptionDays = adoptionDays;
        this.clock = clock;
    }

    /** All spaces (their names are not secret; their documents are). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SpaceSummary> spaces() {
        return spaces.findAllByOrderByNameAsc().stream().map(DocumentViews::space).toList();
    }

    /**
     * Gives every team its space and creates the company-wide space everybody belongs to, when
     * missing. Idempotent: run at start-up and after teams are added.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void ensureSpaces(String companySpaceName, List<io.relais.people.TeamSummary> teams) {
        for (io.relais.people.TeamSummary team : teams) {
            if (spaces.findByTeamId(team.id()).isEmpty()) {
                spaces.save(Space.forTeam(team.id(), team.name(), Slugs.unique(team.name(), spaces::existsBySlug)));
            }
        }
        if (spaces.findAllByOrderByNameAsc().stream().noneMatch(Space::isOpenToAll)) {
            spaces.save(Space.companyWide(companySpaceName, Slugs.unique(companySpaceName, spaces::existsBySlug),
                    null, true, Set.of()));
        }
    }

    /** The spaces the caller may create documents in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SpaceSummary> writableSpaces() {
        Viewer viewer = viewers.current();
        return spaces.findAllByOrderByNameAsc().stream()
                .filter(space -> viewer.admin() || viewer.memberOf(space)).map(DocumentViews::space).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> tags() {
        return tags.allNames();
    }

    /** A new document's form, pre-filled from the kind's template, in the caller's first writable space. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentForm template(DocumentKind kind, String language) {
        long spaceId = writableSpaces().stream().findFirst().map(SpaceSummary::id)
                .orElseThrow(() -> new UserFacingException(null, "docs.error.no-space"));
        return new DocumentForm(spaceId, "", DocumentTemplates.body(kind, language), language,
                Visibility.SPACE, Set.of(), Set.of(), null, KindFields.EMPTY);
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentDetails create(DocumentKind kind, DocumentForm form) {
        return create(kind, form, null);
    }

    /**
     * Creates a document under a chosen slug (imports keep the slug their files name), or under a
     * slug made from the title when {@code slug} is {@code null}. A chosen slug already taken in
     * the space, even by a deleted document, is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public DocumentDetails create(DocumentKind kind, DocumentForm form, String slug) {
        Viewer viewer = viewers.current();
        Space space = spaces.findById(form.spaceId()).orElseThrow(() -> new UserFacingException("space", "docs.error.no-space"));
        if (!viewer.admin() && !viewer.memberOf(space)) {
            throw new UserFacingException("space", "docs.error.not-a-member");
        }
        Document.Content content = forms.content(form);
        if (slug != null && (!Slugs.of(slug).equals(slug) || documents.existsBySpaceIdAndSlug(space.getId(), slug))) {
            throw new UserFacingException("slug", "import.error.slug-taken", slug);
        }
        String finalSlug = slug != null ? slug
                : Slugs.unique(content.title(), candidate -> documents.existsBySpaceIdAndSlug(space.getId(), candidate));
        Instant now = clock.instant();
        Document document = new Document(space, kind, finalSlug, viewer.personId(), now);
        int number = document.edit(content, viewer.personId(), now);
        document.changeVisibility(form.visibility() == null ? Visibility.SPACE : form.visibility(), form.readerIds());
        documents.save(document);
        revisions.snapshot(document, number, viewer.personId(), now, null);
        adoptionDays.touched(document, null);
        changed(document, viewer, DocumentChanged.Type.CREATED);
        return saved(document, viewer, "");
    }

    /**
     * Saves an edit made from {@code expectedVersion}. If somebody saved in between, nothing is
     * written and an {@link EditConflict} carries the saved version and the diff to this text.
     */
    @PreAuthorize("isAuthenticated()")
    public DocumentDetails update(long id, long expectedVersion, DocumentForm form) {
        Viewer viewer = viewers.current();
        Document document = readable(id, viewer);
        requireEdit(document, viewer);
        if (document.getVersion() != expectedVersion) {
            throw new EditConflict(views.details(document, viewer), TextDiff.lines(document.getBody(), form.body()));
        }
        boolean visibilityChanged = form.visibility() != null && (form.visibility() != document.getVisibility()
                || (form.visibility() == Visibility.PEOPLE && !withoutOwner(form.readerIds(), document).equals(document.getReaderIds())));
        if (visibilityChanged && !DocumentAccess.canManage(document, viewer)) {
            throw new UserFacingException("visibility", "docs.error.owner-only");
        }
        String previousBody = document.getBody();
        LocalDate meetingBefore = document.fields().meetingDate();
        Instant now = clock.instant();
        int number = document.edit(forms.content(form), viewer.personId(), now);
        revisions.snapshot(document, number, viewer.personId(), now, null);
        adoptionDays.touched(document, meetingBefore);
        changed(document, viewer, DocumentChanged.Type.UPDATED);
        if (visibilityChanged) {
            document.changeVisibility(form.visibility(), form.readerIds());
            changed(document, viewer, DocumentChanged.Type.VISIBILITY_CHANGED);
        }
        documents.flush();
        return saved(document, viewer, previousBody);
    }

    /** The document of a space with this slug, if it exists and the caller may read it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DocumentDetails> findBySlug(long spaceId, String slug) {
        Viewer viewer = viewers.current();
        if (!Slugs.isPossible(slug)) {
            return Optional.empty();
        }
        return documents.findBySlugPreferringSpace(slug, spaceId).stream()
                .filter(d -> d.getSpace().getId() == spaceId && DocumentAccess.canRead(d, viewer))
                .findFirst().map(d -> views.details(d, viewer));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentDetails get(long id) {
        Viewer viewer = viewers.current();
        return views.details(readable(id, viewer), viewer);
    }

    /**
     * The document if it exists and the caller may read it, else empty: for features that link
     * to documents, where an unreadable one is left out rather than failing their transaction.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DocumentDetails> find(long id) {
        Viewer viewer = viewers.current();
        return documents.findByIdAndDeletedAtIsNull(id).filter(document -> DocumentAccess.canRead(document, viewer))
                .map(document -> views.details(document, viewer));
    }

    /** The editor's live preview: the same rendering and sanitizing as the saved document. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String preview(long spaceId, String markdown) {
        String body = markdown == null ? "" : markdown;
        return views.render(body.length() > 500_000 ? body.substring(0, 500_000) : body, spaceId, viewers.current()).html();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DocumentSummary> browse(DocumentFilter filter, int offset, int limit) {
        Viewer viewer = viewers.current();
        return documents.browse(viewer.personId(), viewer.admin(), viewer.memberSpaces(), filter.spaceId(),
                filter.kind(), filter.authorId(), blankToNull(filter.tag()), LikePattern.containing(filter.text()),
                OffsetPage.of(offset, limit, RECENT_FIRST));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(DocumentFilter filter) {
        Viewer viewer = viewers.current();
        return documents.count(viewer.personId(), viewer.admin(), viewer.memberSpaces(), filter.spaceId(),
                filter.kind(), filter.authorId(), blankToNull(filter.tag()), LikePattern.containing(filter.text()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(long id) {
        readable(id, viewers.current());
        return revisionRepository.findByDocumentIdOrderByNumberDesc(id).stream()
                .map(r -> new RevisionSummary(r.getNumber(), r.getTitle(), views.person(r.getAuthorId()),
                        r.getCreatedAt(), r.getRestoredFrom()))
                .toList();
    }

    /** A readable diff from one revision to another: title, kind fields, then body. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DiffLine> diff(long id, int fromRevision, int toRevision) {
        readable(id, viewers.current());
        return TextDiff.lines(snapshotText(revision(id, fromRevision)), snapshotText(revision(id, toRevision)));
    }

    /** Brings an old revision's title and body back as a new revision; nothing is lost. */
    @PreAuthorize("isAuthenticated()")
    public DocumentDetails restore(long id, int number) {
        Viewer viewer = viewers.current();
        Document document = readable(id, viewer);
        requireEdit(document, viewer);
        Revision old = revision(id, number);
        DocumentDetails current = views.details(document, viewer);
        Instant now = clock.instant();
        int newNumber = document.edit(forms.content(current.toForm().withTitle(old.getTitle()).withBody(old.getBody())),
                viewer.personId(), now);
        revisions.snapshot(document, newNumber, viewer.personId(), now, number);
        changed(document, viewer, DocumentChanged.Type.UPDATED);
        documents.flush();
        return views.details(document, viewer);
    }

    /** Soft delete, by the owner or an administrator. */
    @PreAuthorize("isAuthenticated()")
    public void delete(long id) {
        Viewer viewer = viewers.current();
        Document document = readable(id, viewer);
        requireManage(document, viewer);
        document.delete(clock.instant());
        adoptionDays.touched(document, null);
        changed(document, viewer, DocumentChanged.Type.DELETED);
    }

    /** Who may read; by the owner or an administrator. */
    @PreAuthorize("isAuthenticated()")
    public void changeVisibility(long id, Visibility visibility, Set<Long> readerIds) {
        Viewer viewer = viewers.current();
        Document document = readable(id, viewer);
        requireManage(document, viewer);
        document.changeVisibility(Objects.requireNonNull(visibility), readerIds == null ? Set.of() : readerIds);
        changed(document, viewer, DocumentChanged.Type.VISIBILITY_CHANGED);
    }

    /**
     * A readable document by its slug, for integrations that know documents by address. Slugs
     * are unique within a space: with {@code spaceId} only that space is searched; without it,
     * the oldest readable document with this slug answers.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DocumentDetails getBySlug(String slug, Long spaceId) {
        Viewer viewer = viewers.current();
        if (!Slugs.isPossible(slug)) {
            throw new NotFoundException();
        }
        return documents.findBySlugPreferringSpace(slug, spaceId == null ? -1 : spaceId).stream()
                .filter(document -> spaceId == null || document.getSpace().getId().equals(spaceId))
                .filter(document -> DocumentAccess.canRead(document, viewer))
                .findFirst().map(document -> views.details(document, viewer)).orElseThrow(NotFoundException::new);
    }

    /** The client (and project) the document is about, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ClientLink> clientLink(long id) {
        Document document = readable(id, viewers.current());
        return document.getClientId() == null ? Optional.empty()
                : Optional.of(clients.link(document.getClientId(), document.getProjectId()));
    }

    /**
     * Links the document to a client and optionally one of its projects ({@code clientId} null
     * unlinks it), by whoever may edit it. The project must belong to the client.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ClientLink> linkToClient(long id, Long clientId, Long projectId) {
        Viewer viewer = viewers.current();
        Document document = readable(id, viewer);
        requireEdit(document, viewer);
        Optional<ClientLink> link = clientId == null ? Optional.empty() : Optional.of(clients.link(clientId, projectId));
        document.linkToClient(clientId, link.map(ClientLink::projectId).orElse(null));
        changed(document, viewer, DocumentChanged.Type.UPDATED);
        return link;
    }

    private Document readable(long id, Viewer viewer) {
        Document document = documents.findByIdAndDeletedAtIsNull(id).orElseThrow(NotFoundException::new);
        if (!DocumentAccess.canRead(document, viewer)) {
            throw new NotFoundException();
        }
        return document;
    }

    private static void requireEdit(Document document, Viewer viewer) {
        if (!DocumentAccess.canEdit(document, viewer)) {
            throw new NotPermittedException("docs.error.read-only");
        }
    }

    private static void requireManage(Document document, Viewer viewer) {
        if (!DocumentAccess.canManage(document, viewer)) {
            throw new UserFacingException(null, "docs.error.owner-only");
        }
    }

    private Revision revision(long id, int number) {
        return revisionRepository.findByDocumentIdAndNumber(id, number).orElseThrow(NotFoundException::new);
    }

    private static String snapshotText(Revision revision) {
        return "# " + revision.getTitle() + "\n\n" + revision.getKindFields() + "\n\n" + revision.getBody();
    }

    private void changed(Document document, Viewer viewer, DocumentChanged.Type type) {
        events.publishEvent(new DocumentChanged(document.getId(), type));
        activity.record(viewer.personId(), type.name(), SUBJECT, document.getId(), document.getSpace().getTeamId());
    }

    /**
     * After a save: the people newly mentioned hear about it, and the saver gets the document
     * back; the body is rendered once for both, rendering being most of a save's own work.
     */
    private DocumentDetails saved(Document document, Viewer viewer, String previousBody) {
        RenderedMarkdown rendered = views.render(document.getBody(), document.getSpace().getId(), viewer);
        notifyMentioned(document, viewer, rendered, previousBody);
        return views.details(document, viewer, rendered);
    }

    /** People newly mentioned who may read the document hear about it, once per save. */
    private void notifyMentioned(Document document, Viewer author, RenderedMarkdown rendered, String previousBody) {
        Set<Long> mentioned = new HashSet<>(rendered.mentionedPersonIds());
        if (mentioned.isEmpty()) {
            return;
        }
        mentioned.removeAll(views.render(previousBody, document.getSpace().getId(), author).mentionedPersonIds());
        mentioned.remove(author.personId());
        String authorName = views.person(author.personId()).fullName();
        for (long personId : mentioned) {
            if (DocumentAccess.canRead(document, viewers.of(personId))) {
                notifications.notify(personId, "docs.notification.mentioned",
                        DocumentPaths.of(document.getId(), document.getSlug()), authorName, document.getTitle());
            }
        }
    }

    private static Set<Long> withoutOwner(Set<Long> readers, Document document) {
        Set<Long> result = new HashSet<>(readers);
        result.remove(document.getOwnerId());
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
