package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.relais.docs.DocumentDetails;
import io.relais.docs.EditConflict;

/** Shows who saved meanwhile and the diff between their version and the writer's text. */
class ConflictDialog extends Dialog {

    interface Resolution {
        void resolve(DocumentDetails saved, boolean takeSaved);
    }

    ConflictDialog(EditConflict conflict, Resolution resolution) {
        setHeaderTitle(getTranslation("docs.conflict.title"));
        setId("doc-conflict");
        Paragraph who = new Paragraph(getTranslation(conflict.messageKey(), conflict.arguments()));
        Paragraph how = new Paragraph(getTranslation("docs.conflict.explanation"));
        DiffView diff = new DiffView(conflict.diff());
        diff.setId("doc-conflict-diff");
        add(who, how, diff);
        Button keep = new Button(getTranslation("docs.conflict.keepMine"), click -> {
            resolution.resolve(conflict.saved(), false);
            close();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keep.setId("doc-conflict-keep");
        Button takeSaved = new Button(getTranslation("docs.conflict.copySaved"), click -> {
            resolution.resolve(conflict.saved(), true);
            close();
        });
        takeSaved.setId("doc-conflict-take");
        getFooter().add(takeSaved, keep);
        setWidth("min(60rem, 100vw)");
    }
}
