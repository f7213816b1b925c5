package io.relais.docs.internal;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.platform.UserFacingException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A document of any kind. Its kind and space never change; every edit bumps the revision number
 * (the caller stores the snapshot); a deleted document refuses further changes.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "space_id")
    private Space space;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String title;
    private String slug;
    private String body;
    private String language;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private long ownerId;
    private Instant createdAt;
    private Instant updatedAt;
    private long updatedBy;
    private Instant deletedAt;
    private LocalDate reviewBy;
    private int revision;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "document_reader", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "person_id")
    private Set<Long> readerIds = new HashSet<>();

    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    private String agenda;

    @ElementCollection
    @CollectionTable(name = "document_attendee", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "person_id")
    private Set<Long> attendeeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "document_decision_taken", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> decisionsTaken = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "action_item", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<ActionItemValue> actionItems = new ArrayList<>();

    private String decisionContext;
    private String decisionText;
    @Enumerated(EnumType.STRING)
    private KindFields.DecisionStatus decisionStatus;
    private LocalDate decidedOn;
    private Long supersededBy;

    private String problemText;
    private String solutionText;
    @Enumerated(EnumType.STRING)
    private KindFields.ProblemStatus problemStatus;
    private String clientProject;
    private int helpedCount;

    @Enumerated(EnumType.STRING)
    private KindFields.FeedbackSource feedbackSource;
    @Enumerated(EnumType.STRING)
    private KindFields.Sentiment sentiment;
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status")
    private KindFields.FollowUp followUp;

    // the client and project this document is about (minutes of a client meeting, feedback, ...)
    private Long clientId;
    private Long projectId;

    protected Document() {
    }

    public Document(Space space, DocumentKind kind, String slug, long ownerId, Instant now) {
        this.space = space;
        this.kind = kind;
        this.slug = slug;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = ownerId;
        this.visibility = Visibility.SPACE;
        this.language = "fr";
        this.body = "";
    }

    /** Applies an edit and returns the number of the revision it becomes. */
    public int edit(Content content, long authorId, Instant now) {
        requireNotDeleted();
        this.title = content.title();
        this.body = content.body();
        this.language = content.language();
        this.reviewBy = kind == DocumentKind.ARTICLE ? content.reviewBy() : null;
        this.tags.clear();
        this.tags.addAll(content.tags());
        applyFields(content.fields());
        this.updatedAt = now;
        this.updatedBy = authorId;
        return ++revision;
    }

    /** What an edit changes, validated by the caller. */
    public record Content(String title, String body, String language, LocalDate reviewBy,
            Set<Tag> tags, KindFields fields) {
    }

    public void changeVisibility(Visibility newVisibility, Set<Long> readers) {
        requireNotDeleted();
        this.visibility = newVisibility;
        this.readerIds.clear();
        if (newVisibility == Visibility.PEOPLE) {
            this.readerIds.addAll(readers);
            this.readerIds.remove(ownerId);
        }
    }

    /**
     * For a problem written after the fact: how many people it had already helped. Otherwise the
     * count only grows one person at a time.
     */
    public void backfillHelpedCount(int count) {
        if (kind != DocumentKind.PROBLEM || count < 0) {
            throw new IllegalArgumentException("Only a problem has a helped count, never negative");
        }
        this.helpedCount = count;
    }

    /**
     * Ticks or unticks the action item at {@code position} for its assignee (from their to-do
     * list); answers whether it changed, and refuses nothing: a stale request simply changes nothing.
     */
    public boolean markActionItemDone(int position, long assigneeId, boolean done) {
        if (deletedAt != null || position < 0 || position >= actionItems.size()) {
            return false;
        }
        ActionItemValue item = actionItems.get(position);
        if (!Long.valueOf(assigneeId).equals(item.getAssigneeId()) || item.isDone() == done) {
            return false;
        }
        item.markDone(done);
        return true;
    }

    public List<ActionItemValue> getActionItems() {
        return List.copyOf(actionItems);
    }

    /** Links the document to a client and optionally one of its projects (checked by the caller), or unlinks it. */
    public void linkToClient(Long newClientId, Long newProjectId) {
        requireNotDeleted();
        this.clientId = newClientId;
        this.projectId = newClientId == null ? null : newProjectId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    private void requireNotDeleted() {
        if (deletedAt != null) {
            throw new UserFacingException(null, "error.not-found");
        }
    }

    private void applyFields(KindFields f) {
        clearFields();
        switch (kind) {
            case MINUTES -> {
                meetingDate = f.meetingDate();
                agenda = f.agenda();
                attendeeIds.addAll(f.attendeeIds());
                decisionsTaken.addAll(f.decisionsTaken());
                f.actionItems().forEach(item -> actionItems.add(
                        new ActionItemValue(item.text(), item.assigneeId(), item.dueDate(), item.done())));
            }
            case DECISION -> {
                KindFields.DecisionStatus status = f.decisionStatus() == null
                        ? KindFields.DecisionStatus.PROPOSED : f.decisionStatus();
                if (status == KindFields.DecisionStatus.SUPERSEDED && f.supersededBy() == null) {
                    throw new UserFacingException("supersededBy", "docs.error.superseded-needs-link");
                }
                if (id != null && id.equals(f.supersededBy())) {
                    throw new UserFacingException("supersededBy", "docs.error.superseded-by-itself");
                }
                decisionContext = f.decisionContext();
                decisionText = f.decision();
                decisionStatus = status;
                decidedOn = status == KindFields.DecisionStatus.PROPOSED ? null : f.decidedOn();
                supersededBy = status == KindFields.DecisionStatus.SUPERSEDED ? f.supersededBy() : null;
            }
            case PROBLEM -> {
                problemText = f.problem();
                solutionText = f.solution();
                problemStatus = f.problemStatus() == null ? KindFields.ProblemStatus.OPEN : f.problemStatus();
                clientProject = f.clientProject();
            }
            case FEEDBACK -> {
                feedbackSource = f.feedbackSource() == null ? KindFields.FeedbackSource.CLIENT : f.feedbackSource();
                sentiment = f.sentiment() == null ? KindFields.Sentiment.NEUTRAL : f.sentiment();
                followUp = f.followUp() == null ? KindFields.FollowUp.TO_DO : f.followUp();
            }
            case ARTICLE -> {
                // articles only have the common fields and review-by
            }
        }
    }

    private void clearFields() {
        meetingDate = null;
        agenda = null;
        attendeeIds.clear();
        decisionsTaken.clear();
        actionItems.clear();
        decisionContext = null;
        decisionText = null;
        decisionStatus = null;
        decidedOn = null;
        supersededBy = null;
        problemText = null;
        solutionText = null;
        problemStatus = null;
        clientProject = null;
        feedbackSource = null;
        sentiment = null;
        followUp = null;
    }

    public KindFields fields() {
        return new KindFields(meetingDate, agenda, attendeeIds, decisionsTaken,
                actionItems.stream().map(a -> new KindFields.ActionItem(a.getText(), a.getAssigneeId(),
                        a.getDueDate(), a.isDone())).toList(),
                decisionContext, decisionText, decisionStatus, decidedOn, supersededBy, problemText,
                solutionText, problemStatus, clientProject, helpedCount, feedbackSource, sentiment, followUp);
    }

    public Long getId() {
        return id;
    }

    public Space getSpace() {
        return space;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public LocalDate getReviewBy() {
        return reviewBy;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public Set<Long> getReaderIds() {
        return readerIds;
    }
}
