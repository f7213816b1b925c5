package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.relais.docs.HelpfulNoteService;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;

/** "Was this helpful? Why?": the reader's private note to the document's owner. */
class HelpfulNoteDialog extends Dialog {

    private final RadioButtonGroup<Boolean> answer = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();

    HelpfulNoteDialog(long documentId, HelpfulNoteService notes) {
        setId("helpful-dialog");
        setHeaderTitle(getTranslation("docs-social.helpful.ask"));
        answer.setItems(true, false);
        answer.setItemLabelGenerator(yes -> getTranslation(yes ? "docs-social.helpful.yes" : "docs-social.helpful.no"));
        answer.setId("helpful-answer");
        answer.setValue(true);
        reason.setLabel(getTranslation("docs-social.helpful.reason"));
        reason.setMaxLength(HelpfulNoteService.MAX_REASON);
        reason.setWidthFull();
        reason.setId("helpful-reason");
        notes.mine(documentId).ifPresent(mine -> {
            answer.setValue(mine.helpful());
            reason.setValue(mine.reason());
        });
        Paragraph privacy = new Paragraph(getTranslation("docs-social.helpful.private"));
        privacy.addClassName("relais-muted");
        add(new VerticalLayout(answer, reason, privacy));

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                notes.answer(documentId, answer.getValue(), reason.getValue());
                Toasts.success("docs-social.helpful.thanks");
                close();
            } catch (UserFacingException refusal) {
                reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                reason.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("helpful-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
