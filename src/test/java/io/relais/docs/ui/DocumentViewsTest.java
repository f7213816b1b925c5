package io.relais.docs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.DocumentSummary;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@RelaisSpringTest
class DocumentViewsTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    UserDetailsService users;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long techSpace() {
        return documents.spaces().stream().filter(s -> s.name().equals("Tech & Data")).findFirst().orElseThrow().id();
    }

    private DocumentDetails article(String title, String body, Visibility visibility) {
        return documents.create(DocumentKind.ARTICLE, new DocumentForm(techSpace(), title, body, "fr", visibility,
                Set.of("vue"), Set.of(), null, KindFields.EMPTY));
    }

    private <T> T as(String login, Supplier<T> work) {
        return new As(users).user(login, work);
    }

    private String renderedBody() {
        return ((Html) $(Div.class).id("doc-body").getChildren().findFirst().orElseThrow()).getInnerHtml();
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void theListShowsReadableDocumentsAndFiltersByText() {
        String title = unique("Liste");
        article(title, "corps", Visibility.COMPANY);
        navigate(DocumentsView.class);
        @SuppressWarnings("unchecked")
        Grid<DocumentSummary> grid = $(Grid.class).id("docs-grid");
        assertThat(test(grid).size()).isGreaterThan(1);
        test($(TextField.class).id("docs-text")).setValue(title);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).title()).isEqualTo(title);
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void writingAnArticleShowsAPreviewAndSavesToItsPage() {
        navigate("docs/new/article", DocumentEditor.class);
        String title = unique("Nouvel article");
        test($(TextField.class).id("doc-title-field")).setValue(title);
        test($(TextArea.class).id("doc-body-field")).setValue("## Intertitre\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script>");
        String preview = ((Html) $(Div.class).id("doc-preview").getChildren().findFirst().orElseThrow()).getInnerHtml();
        assertThat(preview).contains("<table>", "<h2 id=").doesNotContain("<script");

        test($(Button.class).id("doc-save")).click();

        assertThat(getCurrentView()).isInstanceOf(DocumentView.class);
        assertThat($(H2.class).id("doc-title").getText()).isEqualTo(title);
        assertThat(renderedBody()).contains("<td>1</td>").doesNotContain("script");
        assertThat($(Button.class).id("doc-edit").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void aWrongSlugForwardsToTheRightAddress() {
        DocumentDetails doc = article(unique("Adresse"), "x", Visibility.COMPANY);
        navigate("docs/" + doc.id() + "/ancien-titre", DocumentView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(doc.path().substring(1));
    }

    @Test
    @WithUserDetails("nicolas.dupuis@canopee.fr")
    void aConcurrentSaveShowsTheDiffAndKeepsTheWritersText() {
        DocumentDetails doc = as("lucas.bernard", () -> article(unique("Conflit UI"), "début\nfin", Visibility.SPACE));
        navigate("docs/" + doc.id() + "/edit", DocumentEditor.class);
        TextArea body = $(TextArea.class).id("doc-body-field");
        test(body).setValue("début\nmon ajout\nfin");
        as("lucas.bernard", () -> documents.update(doc.id(), doc.version(), doc.toForm().withBody("début\najout de Lucas\nfin")));

        test($(Button.class).id("doc-save")).click();

        Dialog dialog = $(Dialog.class).id("doc-conflict");
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(Div.class).withClassName("diff-added").all()).extracting(Div::getText).contains("+ mon ajout");
        assertThat($(Div.class).withClassName("diff-removed").all()).extracting(Div::getText).contains("- ajout de Lucas");
        assertThat(body.getValue()).isEqualTo("début\nmon ajout\nfin");

        test($(Button.class).id("doc-conflict-keep")).click();
        test(body).setValue("début\najout de Lucas\nmon ajout\nfin");
        test($(Button.class).id("doc-save")).click();

        assertThat(getCurrentView()).isInstanceOf(DocumentView.class);
        assertThat(documents.get(doc.id()).body()).isEqualTo("début\najout de Lucas\nmon ajout\nfin");
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void historyShowsADiffAndRestoresAnOldRevision() {
        DocumentDetails doc = article(unique("Histoire"), "première version", Visibility.COMPANY);
        documents.update(doc.id(), doc.version(), doc.toForm().withBody("seconde version"));
        navigate("docs/" + doc.id() + "/history", HistoryView.class);
        assertThat($(Div.class).withClassName("diff-added").all()).extracting(Div::getText).contains("+ seconde version");
        assertThat($(Div.class).withClassName("diff-removed").all()).extracting(Div::getText).contains("- première version");

        @SuppressWarnings("unchecked")
        Grid<io.relais.docs.RevisionSummary> revisions = $(Grid.class).id("history-grid");
        assertThat(test(revisions).getRow(1).number()).isEqualTo(1);
        test(revisions).select(1);
        test($(Button.class).id("history-restore")).click();

        assertThat(documents.get(doc.id()).body()).isEqualTo("première version");
        assertThat(documents.history(doc.id())).hasSize(3);
    }

    @Test
    @WithUserDetails("ines.haddad@canopee.fr")
    void anOutsiderCannotOpenReadEditOrSeeTheHistoryOfASpaceDocument() {
        DocumentDetails doc = as("lucas.bernard", () -> article(unique("Réservé"), "secret", Visibility.SPACE));
        for (String location : new String[] {"docs/" + doc.id() + "/" + doc.slug(), "docs/" + doc.id() + "/edit", "docs/" + doc.id() + "/history"}) {
            try {
                navigate(location, DocumentView.class);
            } catch (AssertionError | RuntimeException expected) {
                // navigation ends on the error view
            }
            assertThat(getCurrentView()).as(location).isNotInstanceOfAny(DocumentView.class, DocumentEditor.class, HistoryView.class);
        }
    }

    @Test
    @WithUserDetails("ines.haddad@canopee.fr")
    void aReaderWhoMayNotEditSeesNoEditButton() {
        DocumentDetails doc = as("lucas.bernard", () -> article(unique("Lecture seule"), "texte", Visibility.COMPANY));
        navigate(doc.path().substring(1), DocumentView.class);
        assertThat($(Button.class).withId("doc-edit").all()).isEmpty();
        assertThat($(Button.class).withId("doc-history").all()).hasSize(1);
        assertThat(renderedBody()).contains("texte");
    }
}
