package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.relais.docs.HelpfulNoteService;
import io.relais.docs.HelpfulNoteView;
import io.relais.platform.ui.Formats;
import java.time.ZoneId;

/** The owner's view of what readers privately answered to "was this helpful?", newest first. */
class HelpfulNotesDialog extends Dialog {

    HelpfulNotesDialog(long documentId, HelpfulNoteService notes) {
        setId("helpful-notes-dialog");
        setHeaderTitle(getTranslation("docs-social.helpful.notes.title"));
        setWidth("min(56rem, 95vw)");
        Grid<HelpfulNoteView> grid = new Grid<>(HelpfulNoteView.class, false);
        grid.addColumn(note -> Formats.dateTime(note.createdAt(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("docs-social.helpful.column.date")).setAutoWidth(true);
        grid.addColumn(note -> note.author().fullName()).setHeader(getTranslation("docs-social.helpful.column.reader"))
                .setAutoWidth(true);
        grid.addColumn(note -> getTranslation(note.helpful() ? "docs-social.helpful.yes" : "docs-social.helpful.no"))
                .setHeader(getTranslation("docs-social.helpful.column.helpful")).setAutoWidth(true);
        grid.addColumn(HelpfulNoteView::reason).setHeader(getTranslation("docs-social.helpful.column.reason"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("docs-social.helpful.notes.empty"));
        grid.setItems(query -> notes.forOwner(documentId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) notes.countForOwner(documentId));
        grid.setId("helpful-notes-grid");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
