package io.relais.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.relais.platform.ui.Formats;
import io.relais.search.FacetCount;
import io.relais.search.SearchHit;
import io.relais.search.SearchLink;
import io.relais.search.SearchRequest;
import io.relais.search.SearchResults;
import io.relais.search.SearchService;
import io.relais.search.SearchSort;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results page: what was searched, how many results, "did you mean", facets that filter on
 * click (and clear on a second click), the order, and the hits with highlighted titles and
 * snippets, loaded lazily as one scrolls. Its address carries the whole search
 * ({@code /search?q=...&kind=...&sort=newest}), so it can be shared and the back button works.
 */
@Route("search")
@PermitAll
public class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 20;

    private final SearchService search;
    private final TextField query = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final Span summary = new Span();
    private final Div didYouMean = new Div();
    private final Div facetPanel = new Div();
    private final Div activeFacets = new Div();
    private final VirtualList<SearchHit> results = new VirtualList<>();
    private final Map<String, String> facets = new LinkedHashMap<>();
    private SearchResults first = SearchResults.empty();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("relais-page");
        setSizeFull();

        query.setId("search-query");
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setMaxLength(500);
        query.setWidth("32rem");
        query.setMaxWidth("100%");
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> run(true));
        Button go = new Button(getTranslation("search.run"), click -> run(true));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-run");

        sort.setId("search-sort");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s));
        sort.setValue(SearchSort.RELEVANCE);
        sort.setAriaLabel(getTranslation("search.sort"));
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                run(true);
            }
        });

        HorizontalLayout bar = new HorizontalLayout(query, go, sort);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        summary.setId("search-summary");
        summary.addClassName("relais-muted");
        didYouMean.setId("search-did-you-mean");
        activeFacets.setId("search-active-facets");
        activeFacets.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        facetPanel.setId("search-facets");
        facetPanel.setWidth("16rem");
        facetPanel.getStyle().set("flex-shrink", "0").set("overflow", "auto");

        results.setId("search-results");
        results.setRenderer(new ComponentRenderer<>(this::hitCard));
        results.setSizeFull();
        results.setDataProvider(new CallbackDataProvider<SearchHit, Void>(
                fetch -> page(fetch.getOffset(), fetch.getLimit()).stream(),
                count -> (int) Math.min(first.total(), io.relais.search.SearchResults.MAX_WINDOW)));

        HorizontalLayout body = new HorizontalLayout(facetPanel, results);
        body.setSizeFull();
        body.setFlexGrow(1, results);
        add(bar, new Div(summary), didYouMean, activeFacets, body);
        setFlexGrow(1, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        query.setValue(single(parameters, "q"));
        sort.setValue("newest".equals(single(parameters, "sort")) ? SearchSort.NEWEST : SearchSort.RELEVANCE);
        facets.clear();
        for (String facet : SearchResults.FACETS) {
            String value = single(parameters, facet);
            if (!value.isBlank()) {
                facets.put(facet, value);
            }
        }
        run(false);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private SearchRequest request(int offset, int limit) {
        return new SearchRequest(query.getValue(), facets, sort.getValue(), offset, limit);
    }

    private List<SearchHit> page(int offset, int limit) {
        if (offset + limit <= first.hits().size()) {
            return first.hits().subList(offset, offset + limit);
        }
        return search.hits(request(offset, limit));
    }

    /** Runs the search shown; {@code fromHere} also writes it to the address bar. */
    private void run(boolean fromHere) {
        first = search.search(request(0, PAGE), SearchService.Channel.UI);
        if (fromHere) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "search?" + parameters().getQueryString()));
        }
        boolean searched = !query.getValue().isBlank() || !facets.isEmpty();
        summary.setText(!searched ? getTranslation("search.hint")
                : first.total() == 0 ? getTranslation("search.none")
                : getTranslation("search.count", Formats.number(first.total(), getLocale())));
        renderDidYouMean();
        renderFacets();
        results.getDataProvider().refreshAll();
    }

    private QueryParameters parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", query.getValue());
        values.putAll(facets);
        if (sort.getValue() == SearchSort.NEWEST) {
            values.put("sort", "newest");
        }
        return QueryParameters.simple(values);
    }

    private void renderDidYouMean() {
        didYouMean.removeAll();
        String correction = first.didYouMean();
        if (correction == null) {
            didYouMean.setVisible(false);
            return;
        }
        Button suggestion = new Button(correction, click -> {
            query.setValue(correction);
            run(true);
        });
        suggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        suggestion.setId("search-correction");
        Span label = new Span(getTranslation(first.fuzzy() ? "search.did-you-mean.fuzzy" : "search.did-you-mean"));
        didYouMean.add(label, new Span(" "), suggestion);
        didYouMean.setVisible(true);
    }

    private void renderFacets() {
        facetPanel.removeAll();
        activeFacets.removeAll();
        facets.forEach((facet, value) -> {
            Button chip = new Button(getTranslation("search.facet." + facet) + " : " + facetLabel(facet, value),
                    VaadinIcon.CLOSE_SMALL.create(), click -> toggle(facet, value));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.setAriaLabel(getTranslation("search.facet.remove", facetLabel(facet, value)));
            activeFacets.add(chip);
        });
        first.facets().forEach((facet, values) -> {
            if (values.isEmpty()) {
                return;
            }
            H3 title = new H3(getTranslation("search.facet." + facet));
            title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
            facetPanel.add(title);
            for (FacetCount value : values) {
                Button button = new Button(facetLabel(facet, value.value()) + " (" + Formats.number(value.count(), getLocale()) + ")",
                        click -> toggle(facet, value.value()));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                if (value.value().equals(facets.get(facet))) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                button.setId("facet-" + facet + "-" + value.value().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                button.getStyle().set("display", "block").set("text-align", "left");
                facetPanel.add(button);
            }
        });
    }

    private void toggle(String facet, String value) {
        if (value.equals(facets.get(facet))) {
            facets.remove(facet);
        } else {
            facets.put(facet, value);
        }
        run(true);
    }

    private String facetLabel(String facet, String value) {
        return "kind".equals(facet) ? kindLabel(value) : value;
    }

    private String kindLabel(String kind) {
        return kind == null ? "" : getTranslation("search.kind." + kind);
    }

    private Div hitCard(SearchHit hit) {
        Icon icon = KindIcons.of(hit.kind()).create();
        icon.addClassName("relais-muted");
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Anchor title = new Anchor(hit.path(), "");
        title.add(new Html("<span>" + hit.titleHtml() + "</span>"));
        title.addClassName("relais-search-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        int position = first.hits().indexOf(hit);
        long queryId = first.queryId();
        title.getElement().addEventListener("click", click -> search.recordClick(queryId, hit.key(), position));
        HorizontalLayout heading = new HorizontalLayout(icon, title);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        heading.setSpacing(false);
        heading.getStyle().set("gap", "var(--lumo-space-s)");

        Div details = new Div();
        details.addClassName("relais-muted");
        details.getStyle().set("font-size", "var(--lumo-font-size-s)");
        List<com.vaadin.flow.component.Component> parts = new ArrayList<>();
        parts.add(new Span(kindLabel(hit.kind())));
        // the client and project a hit is about, as links, unless the hit is that page itself
        for (SearchLink link : new SearchLink[] {hit.client(), hit.project()}) {
            if (link != null && !link.path().equals(hit.path())) {
                Anchor about = new Anchor(link.path(), link.label());
                about.addClassName("relais-search-about");
                parts.add(about);
            }
        }
        if (hit.space() != null) {
            parts.add(new Span(hit.space()));
        }
        if (hit.author() != null) {
            parts.add(new Span(hit.author()));
        }
        if (!"PERSON".equals(hit.kind())) {
            parts.add(new Span(Formats.dateTime(hit.updatedAt(), ZoneId.systemDefault(), getLocale())));
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                details.add(new Span(" · "));
            }
            details.add(parts.get(i));
        }
        Div snippet = new Div(new Html("<span>" + hit.snippetHtml() + "</span>"));
        snippet.addClassName("relais-search-snippet");
        Div card = new Div(heading, details, snippet);
        card.addClassName("relais-search-hit");
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
