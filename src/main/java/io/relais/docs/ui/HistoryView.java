package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentService;
import io.relais.docs.RevisionSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;

/** Every revision of a document; a diff between any two; bringing an old one back. */
@Route("docs/:id([0-9]{1,18})/history")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final Grid<RevisionSummary> grid = new Grid<>(RevisionSummary.class, false);
    private final ComboBox<RevisionSummary> from = new ComboBox<>();
    private final ComboBox<RevisionSummary> to = new ComboBox<>();
    private final Div diff = new Div();
    private DocumentDetails document;

    public HistoryView(DocumentService documents) {
        this.documents = documents;
        addClassName("relais-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document = DocumentRoutes.load(documents, event);
        render();
    }

    private void render() {
        removeAll();
        List<RevisionSummary> revisions = documents.history(document.id());
        H2 heading = new H2(getTranslation("docs.history.title", document.title()));
        Button back = new Button(getTranslation("docs.history.back"),
                click -> getUI().ifPresent(ui -> ui.navigate(document.path().substring(1))));
        grid.removeAllColumns();
        grid.addColumn(RevisionSummary::number).setHeader(getTranslation("docs.history.revision")).setAutoWidth(true);
        grid.addColumn(r -> r.author().fullName()).setHeader(getTranslation("docs.history.author")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.createdAt(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("docs.history.date")).setAutoWidth(true);
        grid.addColumn(r -> r.title() + (r.restoredFrom() == null ? "" : " (" + getTranslation("docs.history.restoredFrom", r.restoredFrom()) + ")"))
                .setHeader(getTranslation("docs.column.title")).setFlexGrow(1);
        // a document's history is short (one row per save), and a list needs all rows for the pickers
        grid.setItems(revisions);
        grid.setId("history-grid");
        grid.setAllRowsVisible(revisions.size() <= 15);

        for (ComboBox<RevisionSummary> picker : List.of(from, to)) {
            picker.setItems(revisions);
            picker.setItemLabelGenerator(r -> "#" + r.number() + " — " + r.author().fullName());
        }
        from.setLabel(getTranslation("docs.history.from"));
        from.setId("history-from");
        to.setLabel(getTranslation("docs.history.to"));
        to.setId("history-to");
        if (revisions.size() >= 2) {
            from.setValue(revisions.get(1));
            to.setValue(revisions.get(0));
        }
        from.addValueChangeListener(change -> showDiff());
        to.addValueChangeListener(change -> showDiff());
        diff.setId("history-diff");
        diff.setWidthFull();
        HorizontalLayout pickers = new HorizontalLayout(from, to);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(heading, back);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (document.canEdit()) {
            // acts on the revision selected in the list
            Button restore = new Button(getTranslation("docs.history.restore"), click -> restore(grid.asSingleSelect().getValue()));
            restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            restore.setId("history-restore");
            restore.setEnabled(false);
            grid.asSingleSelect().addValueChangeListener(change -> restore.setEnabled(
                    change.getValue() != null && change.getValue().number() != document.revision()));
            actions.add(restore);
        }
        add(actions, grid, pickers, diff);
        showDiff();
    }

    private void restore(RevisionSummary revision) {
        try {
            document = documents.restore(document.id(), revision.number());
            Toasts.success("docs.restored", revision.number());
            render();
        } catch (UserFacingException refusal) {
            Toasts.error(refusal);
        }
    }

    private void showDiff() {
        diff.removeAll();
        if (from.getValue() != null && to.getValue() != null) {
            diff.add(new DiffView(documents.diff(document.id(), from.getValue().number(), to.getValue().number())));
        }
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("docs.history") : getTranslation("docs.history.title", document.title());
    }
}
