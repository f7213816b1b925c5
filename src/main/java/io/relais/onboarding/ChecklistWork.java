package io.relais.onboarding;

import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.notifications.NotificationService;
import io.relais.onboarding.internal.Audit;
import io.relais.onboarding.internal.Caller;
import io.relais.onboarding.internal.ChecklistViews;
import io.relais.onboarding.internal.Item;
import io.relais.onboarding.internal.ItemRepository;
import io.relais.onboarding.internal.ItemTodos;
import io.relais.onboarding.internal.Onboarding;
import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import io.relais.todo.LinkedTodoCompleted;
import io.relais.todo.LinkedTodoReopened;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on checklist items, each kind its own way: a task or a meeting is completed, an
 * article confirmed as read, a writing exercise written in the document hub, submitted,
 * approved or sent back with a comment by the reviewer; the offboarding's account deactivation
 * is confirmed by an administrator. Only the person responsible acts on an item (the reviewer
 * reviews); every step is audited with who and when, and written to the activity log. Ticking an
 * item on one's to-do list does the same as here.
 */
@Service
@Transactional
public class ChecklistWork {

    static final int MAX_COMMENT = 5_000;

    private final ItemRepository items;
    private final ItemTodos todos;
    private final ChecklistViews views;
    private final Audit audit;
    private final DocumentService documents;
    private final PersonService people;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChecklistWork(ItemRepository items, ItemTodos todos, ChecklistViews views, Audit audit, DocumentService documents,
            PersonService people, NotificationService notifications, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.todos = todos;
        this.views = views;
        this.audit = audit;
        this.documents = documents;
        this.people = people;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Done: a plain task or a meeting that took place. */
    @PreAuthorize("isAuthenticated()")
    public void complete(long itemId) {
        Item item = actionable(itemId);
        requireKind(item, ItemKind.TASK, ItemKind.MEET);
        item.complete(currentUser.requirePersonId(), clock.instant());
        after(item, AuditAction.COMPLETED, null);
    }

    /** The article was read: records who confirmed it and when. */
    @PreAuthorize("isAuthenticated()")
    public void confirmRead(long itemId) {
        Item item = actionable(itemId);
        requireKind(item, ItemKind.READ_AND_CONFIRM);
        item.complete(currentUser.requirePersonId(), clock.instant());
        after(item, AuditAction.CONFIRMED, null);
    }

    /**
     * Starts the writing exercise: a document in the writer's team space (else the first space they
     * may write in) that the reviewer, the manager and HR may read. Answers its address.
     */
    @PreAuthorize("isAuthenticated()")
    public String startWriting(long itemId, String language) {
        Item item = actionable(itemId);
        requireKind(item, ItemKind.WRITE_AND_REVIEW);
        if (item.getDocumentId() != null) {
            throw new UserFacingException(null, "onboarding.error.already-writing");
        }
        Onboarding onboarding = item.getOnboarding();
        Long teamId = people.teamOf(onboarding.getPersonId());
        List<SpaceSummary> spaces = documents.writableSpaces();
        long spaceId = spaces.stream().filter(space -> teamId != null && teamId.equals(space.teamId())).findFirst()
                .or(() -> spaces.stream().findFirst()).map(SpaceSummary::id)
                .orElseThrow(() -> new UserFacingException(null, "docs.error.no-space"));
        Set<Long> readers = new HashSet<>();
        for (Long reader : new Long[] {Caller.reviewerOf(onboarding), onboarding.getManagerId(), onboarding.getHrId()}) {
            if (reader != null) {
                readers.add(reader);
            }
        }
        String lang = "en".equals(language) ? "en" : "fr";
        DocumentDetails document = documents.create(DocumentKind.ARTICLE, new DocumentForm(spaceId, item.getTitle(),
                documents.template(DocumentKind.ARTICLE, lang).body(), lang, Visibility.PEOPLE, Set.of("onboarding"),
                readers, null, KindFields.EMPTY));
        item.startWriting(document.id());
        after(item, AuditAction.WRITING_STARTED, null);
        return document.path();
    }

    /** Sends the written exercise to the reviewer (first time or after changes). */
    @PreAuthorize("isAuthenticated()")
    public void submit(long itemId) {
        Item item = actionable(itemId);
        requireKind(item, ItemKind.WRITE_AND_REVIEW);
        if (item.getDocumentId() == null) {
            throw new UserFacingException(null, "onboarding.error.write-first");
        }
        item.submit(clock.instant());
        after(item, AuditAction.SUBMITTED, null);
        Long reviewer = Caller.reviewerOf(item.getOnboarding());
        if (reviewer != null) {
            notifications.notify(reviewer, "onboarding.notification.review-requested",
                    "/onboarding/" + item.getOnboarding().getId(), views.personName(item.getOnboarding()),
                    item.getTitle());
        }
    }

    /** The reviewer approves the exercise: it is done, with an optional comment. */
    @PreAuthorize("isAuthenticated()")
    public void approve(long itemId, String comment) {
        Item item = reviewable(itemId);
        item.approve(currentUser.requirePersonId(), clock.instant());
        after(item, AuditAction.APPROVED, cleanComment(comment, false));
        notifications.notify(item.getOnboarding().getPersonId(), "onboarding.notification.approved", "/onboarding",
                item.getTitle());
    }

    /** The reviewer sends the exercise back; the comment says what to change. */
    @PreAuthorize("isAuthenticated()")
    public void sendBack(long itemId, String comment) {
        Item item = reviewable(itemId);
        String reason = cleanComment(comment, true);
        item.sendBack();
        after(item, AuditAction.SENT_BACK, reason);
        notifications.notify(item.getOnboarding().getPersonId(), "onboarding.notification.sent-back", "/onboarding",
                item.getTitle());
    }

    /** Offboarding's last step: an administrator deactivates the person once every other item is done. */
    @PreAuthorize("hasRole('ADMIN')")
    public void confirmDeactivation(long itemId) {
        Item item = items.findWithOnboarding(itemId).orElseThrow(NotFoundException::new);
        requireKind(item, ItemKind.DEACTIVATE_ACCOUNT);
        if (item.getStatus() == ItemStatus.DONE) {
            throw new UserFacingException(null, "onboarding.error.already-done");
        }
        Onboarding onboarding = item.getOnboarding();
        boolean othersDone = onboarding.getItems().stream()
                .allMatch(other -> other.getId().equals(item.getId()) || other.getStatus() == ItemStatus.DONE);
        if (!othersDone) {
            throw new UserFacingException(null, "onboarding.error.deactivate-last");
        }
        people.deactivate(onboarding.getPersonId());
        item.complete(currentUser.requirePersonId(), clock.instant());
        after(item, AuditAction.ACCOUNT_DEACTIVATED, null);
    }

    /** Undone again: a task, meeting or confirmation (a reviewed exercise stays approved). */
    @PreAuthorize("isAuthenticated()")
    public void reopen(long itemId) {
        Item item = items.findWithOnboarding(itemId).orElseThrow(NotFoundException::new);
        Caller caller = Caller.of(currentUser);
        if (!caller.canSee(item.getOnboarding())) {
            throw new NotFoundException();
        }
        if (item.getStatus() != ItemStatus.DONE || caller.personId() == null
                || !caller.personId().equals(item.getResponsiblePersonId())
                || item.getKind() == ItemKind.WRITE_AND_REVIEW || item.getKind() == ItemKind.DEACTIVATE_ACCOUNT) {
            throw new UserFacingException(null, "onboarding.error.cannot-reopen");
        }
        item.reopen();
        after(item, AuditAction.REOPENED, null);
    }

    /** The responsible person ticked the item on their to-do list: the item's own way of being done. */
    @EventListener
    public void onTodoCompleted(LinkedTodoCompleted event) {
        ItemTodos.linked(event.source()).ifPresent(linked -> {
            if (linked.review()) {
                approve(linked.itemId(), null);
                return;
            }
            Item item = items.findById(linked.itemId()).orElseThrow(NotFoundException::new);
            switch (item.getKind()) {
                case TASK, MEET -> complete(item.getId());
                case READ_AND_CONFIRM -> confirmRead(item.getId());
                case WRITE_AND_REVIEW -> submit(item.getId());
                case DEACTIVATE_ACCOUNT -> {
                    if (!Caller.of(currentUser).admin()) {
                        throw new UserFacingException(null, "onboarding.error.admin-only");
                    }
                    confirmDeactivation(item.getId());
                }
            }
        });
    }

    /** Unticked on the to-do list. */
    @EventListener
    public void onTodoReopened(LinkedTodoReopened event) {
        ItemTodos.linked(event.source()).ifPresent(linked -> {
            if (linked.review()) {
                throw new UserFacingException(null, "onboarding.error.cannot-reopen");
            }
            reopen(linked.itemId());
        });
    }

    private void after(Item item, AuditAction action, String comment) {
        Long actor = currentUser.requirePersonId();
        audit.item(item, actor, action, comment);
        Onboarding onboarding = item.getOnboarding();
        boolean finished = onboarding.refreshCompletion(clock.instant());
        items.flush();
        todos.sync(item, views.personName(onboarding));
        if (finished) {
            audit.checklist(onboarding, actor, AuditAction.FINISHED);
        }
    }

    private Item actionable(long itemId) {
        Item item = items.findWithOnboarding(itemId).orElseThrow(NotFoundException::new);
        Caller caller = Caller.of(currentUser);
        if (!caller.canSee(item.getOnboarding())) {
            throw new NotFoundException();
        }
        if (item.getStatus() == ItemStatus.DONE) {
            throw new UserFacingException(null, "onboarding.error.already-done");
        }
        if (item.getStatus() == ItemStatus.IN_REVIEW) {
            throw new UserFacingException(null, "onboarding.error.in-review");
        }
        if (!caller.canAct(item)) {
            throw new UserFacingException(null, "onboarding.error.not-responsible");
        }
        return item;
    }

    private Item reviewable(long itemId) {
        Item item = items.findWithOnboarding(itemId).orElseThrow(NotFoundException::new);
        Caller caller = Caller.of(currentUser);
        if (!caller.canSee(item.getOnboarding())) {
            throw new NotFoundException();
        }
        if (!caller.canReview(item)) {
            throw new UserFacingException(null, "onboarding.error.not-reviewer");
        }
        return item;
    }

    private static void requireKind(Item item, ItemKind... kinds) {
        if (!List.of(kinds).contains(item.getKind())) {
            throw new UserFacingException(null, "onboarding.error.wrong-kind");
        }
    }

    private static String cleanComment(String comment, boolean required) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new UserFacingException("comment", "onboarding.error.comment-required");
            }
            return null;
        }
        if (text.length() > MAX_COMMENT) {
            throw new UserFacingException("comment", "validation.too-long", MAX_COMMENT);
        }
        return text;
    }
}
