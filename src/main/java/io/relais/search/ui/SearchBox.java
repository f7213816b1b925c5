package io.relais.search.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import io.relais.search.SearchService;
import io.relais.search.Suggestion;
import java.util.Map;

/**
 * The search-as-you-type box of the shell. From two characters it proposes titles the reader
 * may open and popular queries; arrows pick one, Enter opens it, or runs what was typed on the
 * results page; Escape closes the list.
 */
public class SearchBox extends ComboBox<Suggestion> {

    public SearchBox(SearchService search) {
        setId("shell-search");
        setPlaceholder(getTranslation("search.box.placeholder"));
        setAriaLabel(getTranslation("search.box.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setWidth("22rem");
        setMaxWidth("40vw");
        setItemLabelGenerator(Suggestion::label);
        setItems(query -> search.suggest(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        setRenderer(new ComponentRenderer<>(this::option));
        addCustomValueSetListener(typed -> open(typed.getDetail()));
        addValueChangeListener(change -> {
            Suggestion picked = change.getValue();
            if (picked == null) {
                return;
            }
            clear();
            if (picked.type() == Suggestion.Type.TITLE) {
                getUI().ifPresent(ui -> ui.navigate(picked.path().substring(1)));
            } else {
                open(picked.label());
            }
        });
    }

    /** Opens the results page for a query. */
    void open(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        clear();
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.simple(Map.of("q", text.strip()))));
    }

    private HorizontalLayout option(Suggestion suggestion) {
        Icon icon = (suggestion.type() == Suggestion.Type.QUERY ? VaadinIcon.SEARCH
                : KindIcons.of(suggestion.kind())).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.addClassName("relais-muted");
        Span label = new Span(suggestion.label());
        HorizontalLayout row = new HorizontalLayout(icon, label);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setSpacing(true);
        if (suggestion.type() == Suggestion.Type.TITLE && suggestion.kind() != null) {
            Span kind = new Span(getTranslation("search.kind." + suggestion.kind()));
            kind.addClassName("relais-muted");
            kind.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            row.add(kind);
        }
        return row;
    }
}
