package io.relais.docs.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.relais.docs.CommentService;
import io.relais.docs.CommentView;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import java.time.ZoneId;
import java.util.function.Consumer;

/** One comment: its author, when, the rendered text, and edit/delete for its author or an administrator. */
class CommentItem extends Div {

    private final CommentService comments;
    private final Consumer<CommentItem> onDeleted;
    private CommentView comment;

    CommentItem(CommentView comment, CommentService comments, Consumer<CommentItem> onDeleted) {
        this.comments = comments;
        this.onDeleted = onDeleted;
        addClassName("relais-comment");
        setId("comment-" + comment.id());
        show(comment);
    }

    long commentId() {
        return comment.id();
    }

    private void show(CommentView shown) {
        this.comment = shown;
        removeAll();
        Anchor author = new Anchor("people/" + shown.author().id(), shown.author().fullName());
        author.addClassName("relais-comment-author");
        Span when = new Span(Formats.dateTime(shown.createdAt(), ZoneId.systemDefault(), getLocale())
                + (shown.editedAt() == null ? "" : " · " + getTranslation("docs-social.comments.edited")));
        when.addClassName("relais-muted");
        HorizontalLayout header = new HorizontalLayout(author, when);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (shown.canEdit()) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("docs-social.comments.edit"));
            edit.setTooltipText(getTranslation("docs-social.comments.edit"));
            edit.setId("comment-edit-" + shown.id());
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("docs-social.comments.delete"));
            delete.setTooltipText(getTranslation("docs-social.comments.delete"));
            delete.setId("comment-delete-" + shown.id());
            header.add(edit, delete);
        }
        // rendered and sanitized by the service; Html needs exactly one root element
        Html body = new Html("<div class=\"relais-markdown relais-comment-body\">" + shown.html() + "</div>");
        add(header, body);
    }

    private void edit() {
        removeAll();
        TextArea text = new TextArea();
        text.setValue(comment.body());
        text.setMaxLength(CommentService.MAX_LENGTH);
        text.setWidthFull();
        text.setId("comment-edit-body-" + comment.id());
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                show(comments.edit(comment.id(), text.getValue()));
            } catch (UserFacingException refusal) {
                text.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setId("comment-save-" + comment.id());
        Button cancel = new Button(getTranslation("action.cancel"), click -> show(comment));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(text, new HorizontalLayout(save, cancel));
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("docs-social.comments.delete"),
                getTranslation("docs-social.comments.delete.confirm"), getTranslation("docs-social.comments.delete"),
                click -> {
                    comments.delete(comment.id());
                    onDeleted.accept(this);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setId("comment-delete-confirm");
        confirm.open();
    }
}
