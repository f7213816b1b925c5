package io.relais.docs.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.docs.DocumentExportService;
import io.relais.docs.DocumentFilter;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.DocumentSummary;
import io.relais.docs.SpaceSummary;
import io.relais.people.PersonService;
import io.relais.people.PersonSummary;
import io.relais.platform.ui.Formats;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;

/** Every document the reader may open, lazily loaded, filtered by space, kind, tag, author and text. */
@Route("docs")
@Menu(order = 20, title = "menu.docs", icon = "vaadin:book")
@PermitAll
public class DocumentsView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<SpaceSummary> space = new ComboBox<>();
    private final ComboBox<DocumentKind> kind = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<PersonSummary> author = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
    private final ConfigurableFilterDataProvider<DocumentSummary, Void, DocumentFilter> rows;

    private final SpaceExportLink export;

    public DocumentsView(DocumentService documents, PersonService people, DocumentExportService exporter) {
        export = new SpaceExportLink(exporter);
        addClassName("relais-page");
        setSizeFull();
        space.setItems(documents.spaces());
        space.setItemLabelGenerator(SpaceSummary::name);
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("docs.kind." + k));
        tag.setItems(documents.tags());
        author.setItems(people.activePeople());
        author.setItemLabelGenerator(PersonSummary::fullName);
        text.setPlaceholder(getTranslation("docs.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        text.setId("docs-text");
        placeholder(space, "docs.filter.space", "docs-space");
        placeholder(kind, "docs.filter.kind", "docs-kind");
        placeholder(tag, "docs.filter.tag", "docs-tag");
        placeholder(author, "docs.filter.author", "docs-author");

        HorizontalLayout toolbar = new HorizontalLayout(text, space, kind, tag, author, newDocumentMenu(), export);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(DocumentSummary::title).setHeader(getTranslation("docs.column.title")).setFlexGrow(1).setWidth("18rem").setResizable(true);
        grid.addColumn(d -> getTranslation("docs.kind." + d.kind())).setHeader(getTranslation("docs.column.kind")).setAutoWidth(true);
        grid.addColumn(DocumentSummary::spaceName).setHeader(getTranslation("docs.column.space")).setAutoWidth(true);
        grid.addColumn(DocumentSummary::ownerName).setHeader(getTranslation("docs.column.owner")).setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.updatedAt(), ZoneId.systemDefault(), getLocale()))
                .setHeader(getTranslation("docs.column.updated")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("docs.visibility." + d.visibility())).setHeader(getTranslation("docs.column.visibility")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("docs.empty"));
        grid.setId("docs-grid");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(click.getItem().path())));

        rows = new CallbackDataProvider<DocumentSummary, DocumentFilter>(
                query -> documents.browse(query.getFilter().orElse(DocumentFilter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> (int) documents.count(query.getFilter().orElse(DocumentFilter.ALL)),
                DocumentSummary::id).withConfigurableFilter();
        grid.setItems(rows);
        text.addValueChangeListener(change -> applyFilter());
        space.addValueChangeListener(change -> {
            applyFilter();
            export.show(change.getValue());
        });
        kind.addValueChangeListener(change -> applyFilter());
        tag.addValueChangeListener(change -> applyFilter());
        author.addValueChangeListener(change -> applyFilter());
        applyFilter();
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    private MenuBar newDocumentMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
        MenuItem root = menu.addItem(getTranslation("docs.new"));
        for (DocumentKind k : DocumentKind.values()) {
            root.getSubMenu().addItem(getTranslation("docs.kind." + k),
                    click -> getUI().ifPresent(ui -> ui.navigate("docs/new/" + k.name().toLowerCase(java.util.Locale.ROOT))))
                    .setId("new-" + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        menu.setId("docs-new");
        return menu;
    }

    private void placeholder(ComboBox<?> box, String key, String id) {
        box.setPlaceholder(getTranslation(key));
        box.setAriaLabel(getTranslation(key));
        box.setClearButtonVisible(true);
        box.setId(id);
    }

    private void applyFilter() {
        rows.setFilter(new DocumentFilter(space.getValue() == null ? null : space.getValue().id(), kind.getValue(),
                tag.getValue(), author.getValue() == null ? null : author.getValue().id(), text.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.docs");
    }
}
