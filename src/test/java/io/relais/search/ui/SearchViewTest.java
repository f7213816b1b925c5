package io.relais.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import io.relais.RelaisSpringTest;
import io.relais.clients.ClientForm;
import io.relais.clients.ClientService;
import io.relais.clients.ClientStatus;
import io.relais.clients.ProjectForm;
import io.relais.clients.ProjectService;
import io.relais.clients.ProjectStatus;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import io.relais.search.SearchHit;
import io.relais.search.SearchRequest;
import io.relais.search.SearchService;
import io.relais.search.SearchSort;
import io.relais.search.Suggestion;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The results page and the shell's search box, without a browser. */
@RelaisSpringTest
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    SearchService search;
    @Autowired
    ClientService clients;
    @Autowired
    ProjectService projects;

    private static String word() {
        StringBuilder word = new StringBuilder("zv");
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private void article(String title, String body, DocumentKind kind, Set<String> tags) {
        long space = documents.spaces().stream().filter(s -> s.name().equals("Tech & Data")).findFirst().orElseThrow().id();
        documents.create(kind, new DocumentForm(space, title, body, "fr", Visibility.COMPANY, tags, Set.of(), null, KindFields.EMPTY));
    }

    private void awaitIndexed(String word, int count) {
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(5)).until(() ->
                search.search(SearchRequest.of(word), SearchService.Channel.UI).total() == count);
    }

    private void open(String query) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.simple(Map.of("q", query)));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    @SuppressWarnings("unchecked")
    private List<SearchHit> shownHits() {
        VirtualList<SearchHit> list = $(VirtualList.class).id("search-results");
        return fetch(list.getDataProvider(), null);
    }

    /** What a lazy list or combo box would load for its first rows, with the given filter. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> List<T> fetch(DataProvider<T, ?> provider, Object filter) {
        return ((DataProvider<T, Object>) (DataProvider) provider).fetch(new Query<>(0, 50, null, null, filter)).toList();
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void showsHighlightedResultsFacetsThatFilterAndSorts() {
        String word = word();
        article("Décision " + word, "Nous avons choisi " + word + " pour les équipes.", DocumentKind.DECISION, Set.of("choix"));
        article("Article " + word, "Un article sur " + word + ".", DocumentKind.ARTICLE, Set.of());
        awaitIndexed(word, 2);

        open(word);
        assertThat($(TextField.class).id("search-query").getValue()).isEqualTo(word);
        assertThat($(Span.class).id("search-summary").getText()).contains("2");
        assertThat(shownHits()).extracting(SearchHit::titleHtml).allSatisfy(t -> assertThat(t).contains("<mark>" + word + "</mark>"));

        test($(Button.class).id("facet-kind-decision")).click();
        assertThat(shownHits()).extracting(SearchHit::title).containsExactly("Décision " + word);
        assertThat($(Span.class).id("search-summary").getText()).contains("1");
        test($(Button.class).id("facet-kind-decision")).click();
        assertThat(shownHits()).hasSize(2);

        @SuppressWarnings("unchecked")
        Select<SearchSort> sort = $(Select.class).id("search-sort");
        test(sort).selectItem(sort.getItemLabelGenerator().apply(SearchSort.NEWEST));
        assertThat(shownHits()).extracting(SearchHit::title).first().isEqualTo("Article " + word);
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void clientAndProjectFacetsFilterClientItemsAndTheirLinkedDocuments() {
        String word = word();
        String name = "Acme " + word;
        long client = clients.create(new ClientForm(name, null, ClientStatus.ACTIVE, null, null));
        projects.create(new ProjectForm(client, "Refonte " + word, null, null, Set.of(), null, null, ProjectStatus.ACTIVE, null));
        article("Veille " + word, "Sans client.", DocumentKind.ARTICLE, Set.of());
        awaitIndexed(word, 3);

        open(word);
        Button byClient = $(Button.class).id("facet-client-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        assertThat(byClient.getText()).isEqualTo(name + " (2)");
        test(byClient).click();
        assertThat(shownHits()).extracting(SearchHit::kind).containsExactlyInAnyOrder("CLIENT", "PROJECT");
        Button byProject = $(Button.class).id("facet-project-acme-" + word + "-refonte-" + word);
        test(byProject).click();
        assertThat(shownHits()).extracting(SearchHit::kind).containsExactly("PROJECT");
        assertThat(shownHits().getFirst().path()).isEqualTo("/projects/" + shownHits().getFirst().id());
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void typosGetADidYouMeanThatRunsTheCorrection() {
        String word = word();
        article("Procédure " + word, "La procédure " + word + " en détail.", DocumentKind.ARTICLE, Set.of());
        awaitIndexed(word, 1);
        // a typo next to an equal letter is no typo to the French analysis, which folds doubled
        // letters ("zvubxeeblnj" and "zvubxxeblnj" are one word to it): it would be found as typed
        char typed = 'x';
        while (typed == word.charAt(4) || typed == word.charAt(5) || typed == word.charAt(6)) {
            typed++;
        }
        String typo = word.substring(0, 5) + typed + word.substring(6);
        open(typo);
        assertThat(shownHits()).extracting(SearchHit::title).containsExactly("Procédure " + word);
        Button correction = $(Button.class).id("search-correction");
        assertThat(correction.getText()).isEqualTo(word);
        test(correction).click();
        assertThat($(TextField.class).id("search-query").getValue()).isEqualTo(word);
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void theShellBoxSuggestsTitlesAndOpensTheResultsPage() {
        String word = word();
        article("Guide " + word, "Contenu.", DocumentKind.ARTICLE, Set.of());
        awaitIndexed(word, 1);
        navigate(SearchView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Suggestion> box = $(ComboBox.class).id("shell-search");
        List<Suggestion> suggestions = fetch(box.getDataProvider(), "guide " + word.substring(0, 4));
        assertThat(suggestions).extracting(Suggestion::label).contains("Guide " + word);
        assertThat(fetch(box.getDataProvider(), "g")).as("suggestions start at two characters").isEmpty();

        box.setValue(suggestions.stream().filter(s -> s.label().equals("Guide " + word)).findFirst().orElseThrow());
        assertThat(getCurrentView()).isInstanceOf(io.relais.docs.ui.DocumentView.class);
    }
}
