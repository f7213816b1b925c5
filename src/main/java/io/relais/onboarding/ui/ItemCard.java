package io.relais.onboarding.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.relais.onboarding.AuditAction;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ChecklistWork;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.onboarding.ReviewEntry;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * One checklist item with what the reader may do to it, the way its kind is done: confirm an
 * article, mark a task or meeting done, write and submit the exercise, or review it (approve, or
 * send it back with a comment); with the exercise's review thread.
 */
class ItemCard extends Div {

    private static final Set<AuditAction> THREAD = Set.of(AuditAction.WRITING_STARTED, AuditAction.SUBMITTED,
            AuditAction.APPROVED, AuditAction.SENT_BACK);

    private final ChecklistItem item;
    private final ChecklistWork work;
    private final Runnable changed;

    ItemCard(ChecklistItem item, List<ReviewEntry> audit, ChecklistWork work, LocalDate today, ZoneId zone,
            Runnable changed) {
        this.item = item;
        this.work = work;
        this.changed = changed;
        addClassName("relais-card");
        setId("item-" + item.id());
        H4 title = new H4(item.title());
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(OnboardingUi.status(item.status()), title);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        Span who = new Span(t("onboarding.party." + item.responsible()) + (item.responsibleName() == null ? ""
                : " · " + item.responsibleName()));
        who.addClassName("relais-muted");
        HorizontalLayout meta = new HorizontalLayout(OnboardingUi.due(item, today, getLocale()), who,
                new Span(t("onboarding.kind." + item.kind())));
        meta.setAlignItems(FlexComponent.Alignment.BASELINE);
        meta.setWrap(true);
        add(heading, meta);
        if (!item.descriptionHtml().isBlank()) {
            Html description = new Html("<div class=\"relais-markdown\">" + item.descriptionHtml() + "</div>");
            add(description);
        }
        if (item.articlePath() != null) {
            Anchor article = new Anchor(item.articlePath(), t("onboarding.item.read", item.articleTitle()));
            article.setId("article-" + item.id());
            add(new Div(article));
        }
        if (item.kind() == ItemKind.MEET && !item.done()) {
            Anchor calendar = new Anchor("/calendar", t("onboarding.item.calendar"));
            calendar.setId("calendar-" + item.id());
            add(new Div(calendar));
        }
        if (item.documentPath() != null) {
            Anchor document = new Anchor(item.documentPath(), t("onboarding.item.open-exercise"));
            document.setId("exercise-" + item.id());
            add(new Div(document));
        }
        if (item.done()) {
            Span done = new Span(t("onboarding.item.done-by", Formats.dateTime(item.completedAt(), zone, getLocale()),
                    item.completedByName() == null ? "—" : item.completedByName()));
            done.addClassName("relais-muted");
            done.setId("done-" + item.id());
            add(done);
        }
        thread(audit, zone);
        if (item.canAct()) {
            actions();
        }
        if (item.canReview()) {
            review();
        }
    }

    /** Adds a link to the whole checklist, for items shown outside it. */
    ItemCard withChecklistLink() {
        Anchor checklist = new Anchor("/onboarding/" + item.onboardingId(), t("onboarding.open-checklist"));
        checklist.setId("checklist-link-" + item.id());
        addComponentAsFirst(checklist);
        return this;
    }

    private void thread(List<ReviewEntry> audit, ZoneId zone) {
        List<ReviewEntry> entries = audit.stream()
                .filter(entry -> Long.valueOf(item.id()).equals(entry.itemId()) && THREAD.contains(entry.action()))
                .toList();
        if (entries.isEmpty()) {
            return;
        }
        Div thread = new Div();
        thread.setId("thread-" + item.id());
        for (ReviewEntry entry : entries) {
            Div line = new Div(new Span(t("onboarding.audit." + entry.action(), entry.actorName() == null ? "—"
                    : entry.actorName(), Formats.dateTime(entry.at(), zone, getLocale()))));
            line.addClassName("relais-comment");
            if (entry.comment() != null) {
                Div comment = new Div();
                comment.setText(entry.comment());
                comment.getStyle().set("white-space", "pre-wrap");
                line.add(comment);
            }
            thread.add(line);
        }
        add(thread);
    }

    private void actions() {
        long id = item.id();
        Button action = switch (item.kind()) {
            case READ_AND_CONFIRM -> button("onboarding.action.confirm", "confirm-" + id, () -> work.confirmRead(id),
                    "onboarding.done.confirmed");
            case TASK, MEET -> button("onboarding.action.complete", "complete-" + id, () -> work.complete(id),
                    "onboarding.done.completed");
            case DEACTIVATE_ACCOUNT -> button("onboarding.action.deactivate", "deactivate-" + id,
                    () -> work.confirmDeactivation(id), "onboarding.done.deactivated");
            case WRITE_AND_REVIEW -> item.documentPath() == null && item.status() == ItemStatus.OPEN
                    && item.reviewRounds() == 0
                    ? button("onboarding.action.start-writing", "write-" + id,
                            () -> work.startWriting(id, getLocale().getLanguage()), "onboarding.done.writing")
                    : button("onboarding.action.submit", "submit-" + id, () -> work.submit(id), "onboarding.done.submitted");
        };
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Div(action));
    }

    private void review() {
        long id = item.id();
        TextArea comment = new TextArea(t("onboarding.review.comment"));
        comment.setId("review-comment-" + id);
        comment.setWidthFull();
        comment.setMaxLength(5000);
        Button approve = button("onboarding.action.approve", "approve-" + id, () -> work.approve(id, comment.getValue()),
                "onboarding.done.approved");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button sendBack = button("onboarding.action.send-back", "send-back-" + id,
                () -> work.sendBack(id, comment.getValue()), "onboarding.done.sent-back");
        add(comment, new HorizontalLayout(approve, sendBack));
    }

    private Button button(String labelKey, String id, Runnable action, String doneKey) {
        Button button = new Button(t(labelKey), VaadinIcon.CHECK.create());
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            if (OnboardingUi.attempt(action)) {
                Toasts.success(doneKey);
                changed.run();
            } else {
                button.setEnabled(true);
            }
        });
        return button;
    }

    private String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
