package io.relais.onboarding.internal;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.onboarding.ResponsibleParty;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a running checklist. It guards its own workflow: a plain task or a meeting is
 * completed, an article confirmed, a writing exercise written, submitted, then approved or sent
 * back (and submitted again) until approved.
 */
@Entity
@Table(name = "onboarding_item")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "onboarding_id")
    private Onboarding onboarding;

    private int position;
    @Embedded
    private ItemDefinition definition;
    private Long responsiblePersonId;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    private Long documentId;
    private int reviewRounds;
    private Instant submittedAt;
    private Instant completedAt;
    private Long completedBy;

    @Version
    private long version;

    protected Item() {
    }

    Item(Onboarding onboarding, int position, ItemDefinition definition, Long responsiblePersonId, LocalDate dueDate) {
        this.onboarding = onboarding;
        this.position = position;
        this.definition = definition;
        this.responsiblePersonId = responsiblePersonId;
        this.dueDate = dueDate;
        this.status = ItemStatus.OPEN;
    }

    void planFrom(LocalDate start, WorkingCalendar calendar) {
        this.dueDate = calendar.dueDate(start, definition.getDueOffsetDays());
    }

    /** Done in one step: a task, a meeting, a confirmed article, the account deactivation. */
    public void complete(long by, Instant now) {
        if (getKind() == ItemKind.WRITE_AND_REVIEW) {
            throw new IllegalStateException("A writing exercise is done when its review approves it");
        }
        finish(by, now);
    }

    /** The newcomer started writing the exercise in this document. */
    public void startWriting(long document) {
        requireKind(ItemKind.WRITE_AND_REVIEW);
        if (documentId != null) {
            throw new IllegalStateException("The exercise already has its document");
        }
        this.documentId = document;
    }

    /** Sent for review (first time or after changes were asked for). */
    public void submit(Instant now) {
        requireKind(ItemKind.WRITE_AND_REVIEW);
        if (documentId == null || (status != ItemStatus.OPEN && status != ItemStatus.CHANGES_REQUESTED)) {
            throw new IllegalStateException("Only a written exercise that is not in review can be submitted");
        }
        status = ItemStatus.IN_REVIEW;
        reviewRounds++;
        submittedAt = now;
    }

    public void approve(long reviewer, Instant now) {
        requireInReview();
        finish(reviewer, now);
    }

    public void sendBack() {
        requireInReview();
        status = ItemStatus.CHANGES_REQUESTED;
    }

    /** Undone again (unticked on a to-do list); a reviewed exercise is not reopened this way. */
    public void reopen() {
        if (getKind() == ItemKind.WRITE_AND_REVIEW || getKind() == ItemKind.DEACTIVATE_ACCOUNT) {
            throw new IllegalStateException(getKind() + " items are not reopened");
        }
        status = ItemStatus.OPEN;
        completedAt = null;
        completedBy = null;
    }

    private void finish(long by, Instant now) {
        if (status == ItemStatus.DONE) {
            throw new IllegalStateException("Already done");
        }
        status = ItemStatus.DONE;
        completedAt = now;
        completedBy = by;
    }

    private void requireInReview() {
        requireKind(ItemKind.WRITE_AND_REVIEW);
        if (status != ItemStatus.IN_REVIEW) {
            throw new IllegalStateException("Not in review");
        }
    }

    private void requireKind(ItemKind expected) {
        if (getKind() != expected) {
            throw new IllegalStateException("Not a " + expected + " item: " + getKind());
        }
    }

    public Long getId() {
        return id;
    }

    public Onboarding getOnboarding() {
        return onboarding;
    }

    public String getSection() {
        return definition.getSection();
    }

    public String getTitle() {
        return definition.getTitle();
    }

    public String getDescription() {
        return definition.getDescription();
    }

    public ResponsibleParty getResponsible() {
        return definition.getResponsible();
    }

    public Long getResponsiblePersonId() {
        return responsiblePersonId;
    }

    public ItemKind getKind() {
        return definition.getKind();
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Long getArticleId() {
        return definition.getArticleId();
    }

    public ItemStatus getStatus() {
        return status;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getReviewRounds() {
        return reviewRounds;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Long getCompletedBy() {
        return completedBy;
    }
}
