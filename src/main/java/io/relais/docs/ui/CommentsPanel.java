package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.relais.docs.CommentService;
import io.relais.docs.CommentView;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A document's comments, oldest first, a page at a time, and the composer. Every comment the
 * composer sends carries a new submission key, so a double click or a retry posts it once.
 */
class CommentsPanel extends VerticalLayout {

    static final int PAGE = 20;
    /** How far a notification's link may ask to scroll: pages loaded to find its comment. */
    private static final int MAX_PAGES_TO_FOCUS = 25;

    private final long documentId;
    private final CommentService comments;
    private final H3 title = new H3();
    private final Div list = new Div();
    private final Button more = new Button();
    private final TextArea composer = new TextArea();
    private final Button post = new Button();
    private String submissionKey = UUID.randomUUID().toString();
    private long total;
    private int loaded;

    CommentsPanel(long documentId, CommentService comments, Long focusCommentId) {
        this.documentId = documentId;
        this.comments = comments;
        setId("doc-comments");
        setPadding(false);
        title.setId("comments-title");
        list.setId("comments-list");
        list.setWidthFull();
        more.setText(getTranslation("docs-social.comments.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.setId("comments-more");
        more.addClickListener(click -> loadPage());

        composer.setLabel(getTranslation("docs-social.comments.new"));
        composer.setHelperText(getTranslation("docs-social.comments.help"));
        composer.setMaxLength(CommentService.MAX_LENGTH);
        composer.setWidthFull();
        composer.setMinHeight("6rem");
        composer.setId("comment-body");
        post.setText(getTranslation("docs-social.comments.post"));
        post.setIcon(VaadinIcon.COMMENT.create());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.setDisableOnClick(true);
        post.setId("comment-post");
        post.addClickListener(click -> post());

        total = comments.count(documentId);
        add(title, list, more, composer, post);
        loadPage();
        if (focusCommentId != null) {
            focus(focusCommentId);
        }
    }

    private void loadPage() {
        List<CommentView> page = comments.list(documentId, loaded, PAGE);
        page.forEach(comment -> list.add(new CommentItem(comment, comments, this::removed)));
        loaded += page.size();
        refreshHeader();
    }

    private void refreshHeader() {
        title.setText(getTranslation("docs-social.comments.title", total));
        more.setVisible(loaded < total);
    }

    private void post() {
        composer.setInvalid(false);
        try {
            CommentView saved = comments.add(documentId, composer.getValue(), submissionKey);
            submissionKey = UUID.randomUUID().toString();
            composer.clear();
            if (!more.isVisible()) {
                list.add(new CommentItem(saved, comments, this::removed));
                loaded++;
            }
            total++;
            refreshHeader();
        } catch (UserFacingException refusal) {
            composer.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            composer.setInvalid(true);
        } finally {
            post.setEnabled(true);
        }
    }

    private void removed(CommentItem item) {
        list.remove(item);
        loaded--;
        total--;
        refreshHeader();
        Toasts.success("docs-social.comments.deleted");
    }

    /** Loads pages until the comment is shown, then scrolls to it and highlights it. */
    private void focus(long commentId) {
        for (int pages = 0; find(commentId).isEmpty() && loaded < total && pages < MAX_PAGES_TO_FOCUS; pages++) {
            loadPage();
        }
        find(commentId).ifPresent(item -> {
            item.addClassName("relais-comment-focused");
            item.scrollIntoView();
        });
    }

    private Optional<CommentItem> find(long commentId) {
        return list.getChildren().filter(CommentItem.class::isInstance).map(CommentItem.class::cast)
                .filter(item -> item.commentId() == commentId).findFirst();
    }
}
