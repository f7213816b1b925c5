package io.relais.docs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.CommentService;
import io.relais.docs.CommentView;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentPopularity;
import io.relais.docs.DocumentService;
import io.relais.docs.HelpfulNoteService;
import io.relais.docs.KindFields;
import io.relais.docs.ReadingStats;
import io.relais.docs.Visibility;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@RelaisSpringTest
class DocumentSocialViewsTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;
    @Autowired
    CommentService comments;
    @Autowired
    HelpfulNoteService notes;
    @Autowired
    ReadingStats stats;
    @Autowired
    UserDetailsService users;

    private <T> T as(String login, Supplier<T> work) {
        return new As(users).user(login, work);
    }

    private DocumentDetails lucasArticle(Visibility visibility) {
        return as("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE, new DocumentForm(
                documents.spaces().stream().filter(s -> s.name().equals("Tech & Data")).findFirst().orElseThrow().id(),
                "Social " + UUID.randomUUID().toString().substring(0, 8), "texte", "fr", visibility, Set.of(), Set.of(),
                null, KindFields.EMPTY)));
    }

    private String views() {
        return $(Span.class).id("doc-views").getElement().getAttribute("data-count");
    }

    @Test
    @WithUserDetails("nicolas.dupuis@canopee.fr")
    void openingTheDocumentCountsAViewAndTheReaderUpvotesIt() {
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        navigate(doc.path().substring(1), DocumentView.class);
        assertThat(views()).isEqualTo("1");
        assertThat($(Span.class).id("doc-readers").getElement().getTextRecursively()).contains("1");
        assertThat($(com.vaadin.flow.component.Component.class).id("doc-trend")).isNotNull();

        Button upvote = $(Button.class).id("doc-upvote");
        assertThat(upvote.getText()).isEqualTo("0");
        test(upvote).click();
        assertThat(upvote.getText()).isEqualTo("1");
        assertThat(upvote.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(stats.stats(doc.id()).upvotes()).isEqualTo(1);

        navigate(doc.path().substring(1), DocumentView.class);
        assertThat(views()).as("every view counts").isEqualTo("2");
        assertThat(stats.stats(doc.id()).readers()).as("but the same reader once").isEqualTo(1);
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    void theOwnerCannotUpvoteButReadsTheNotesOfReaders() {
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        as("nicolas.dupuis", () -> {
            notes.answer(doc.id(), true, "Exactement ce qu'il me fallait");
            return null;
        });
        navigate(doc.path().substring(1), DocumentView.class);
        assertThat($(Button.class).id("doc-upvote").isEnabled()).isFalse();
        assertThat($(Button.class).withId("doc-helpful").all()).isEmpty();

        test($(Button.class).id("doc-helpful-notes")).click();
        @SuppressWarnings("unchecked")
        Grid<io.relais.docs.HelpfulNoteView> grid = $(Grid.class).id("helpful-notes-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).reason()).isEqualTo("Exactement ce qu'il me fallait");
    }

    @Test
    @WithUserDetails("ines.haddad@canopee.fr")
    void aReaderAnswersWasThisHelpfulPrivately() {
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        navigate(doc.path().substring(1), DocumentView.class);
        assertThat($(Button.class).withId("doc-helpful-notes").all()).as("only for the owner").isEmpty();
        test($(Button.class).id("doc-helpful")).click();
        assertThat($(Dialog.class).id("helpful-dialog").isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> answer = $(RadioButtonGroup.class).id("helpful-answer");
        answer.setValue(false);
        test($(TextArea.class).id("helpful-reason")).setValue("Les captures sont obsolètes");
        test($(Button.class).id("helpful-save")).click();
        assertThat(notes.mine(doc.id())).hasValueSatisfying(mine -> {
            assertThat(mine.helpful()).isFalse();
            assertThat(mine.reason()).isEqualTo("Les captures sont obsolètes");
        });
    }

    @Test
    @WithUserDetails("nicolas.dupuis@canopee.fr")
    void aReaderCommentsEditsAndSeesTheCountMove() {
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        navigate(doc.path().substring(1), DocumentView.class);
        H3 title = $(H3.class).id("comments-title");
        String before = title.getText();

        test($(TextArea.class).id("comment-body")).setValue("Bravo @lucas.bernard, **très clair** <img src=x onerror=alert(1)>");
        test($(Button.class).id("comment-post")).click();

        CommentView posted = comments.list(doc.id(), 0, 10).getFirst();
        Div item = $(Div.class).id("comment-" + posted.id());
        assertThat(item.getElement().getOuterHTML()).contains("<strong>très clair</strong>", "class=\"mention\"")
                .doesNotContain("onerror");
        assertThat(title.getText()).isNotEqualTo(before).contains("1");
        assertThat($(TextArea.class).id("comment-body").getValue()).as("the composer is emptied").isEmpty();

        test($(Button.class).id("comment-edit-" + posted.id())).click();
        test($(TextArea.class).id("comment-edit-body-" + posted.id())).setValue("Bravo, corrigé");
        test($(Button.class).id("comment-save-" + posted.id())).click();
        assertThat(comments.list(doc.id(), 0, 10).getFirst().body()).isEqualTo("Bravo, corrigé");
        assertThat($(Div.class).id("comment-" + posted.id()).getElement().getOuterHTML()).contains("Bravo, corrigé");
    }

    @Test
    @WithUserDetails("nicolas.dupuis@canopee.fr")
    void anEmptyCommentIsRefusedAndNothingIsPosted() {
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        navigate(doc.path().substring(1), DocumentView.class);
        test($(Button.class).id("comment-post")).click();
        assertThat($(TextArea.class).id("comment-body").isInvalid()).isTrue();
        assertThat(comments.count(doc.id())).isZero();
        assertThat($(Button.class).id("comment-post").isEnabled()).as("ready for another try").isTrue();
    }

    @Test
    @WithUserDetails("nicolas.dupuis@canopee.fr")
    void aNotificationLinkShowsAndHighlightsItsCommentEvenOnALaterPage() {
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        CommentView target = null;
        for (int i = 0; i < CommentsPanel.PAGE + 3; i++) {
            CommentView posted = comments.add(doc.id(), "Commentaire " + i, UUID.randomUUID().toString());
            if (i == CommentsPanel.PAGE + 1) {
                target = posted;
            }
        }
        navigate(doc.path().substring(1), DocumentView.class);
        assertThat($(Div.class).withId("comment-" + target.id()).all()).as("past the first page").isEmpty();
        test($(Button.class).id("comments-more")).click();
        assertThat($(Div.class).withId("comment-" + target.id()).all()).hasSize(1);
        assertThat($(Button.class).withId("comments-more").all()).as("hidden once everything is shown").isEmpty();

        navigate(DocumentsView.class);
        UI.getCurrent().navigate(doc.path().substring(1), QueryParameters.of("comment", Long.toString(target.id())));
        assertThat(getCurrentView()).isInstanceOf(DocumentView.class);
        assertThat($(Div.class).id("comment-" + target.id()).getClassNames()).contains("relais-comment-focused");
    }

    @Test
    @WithUserDetails("ines.haddad@canopee.fr")
    void theInsightsViewListsRankingsOfReadableDocuments() {
        navigate(ReadingInsightsView.class);
        for (String id : new String[] {"insights-most-read", "insights-least-read", "insights-most-upvoted",
                "insights-popular-but-stale"}) {
            @SuppressWarnings("unchecked")
            Grid<DocumentPopularity> grid = $(Grid.class).id(id);
            assertThat(grid).as(id).isNotNull();
        }
        @SuppressWarnings("unchecked")
        Grid<DocumentPopularity> mostRead = $(Grid.class).id("insights-most-read");
        DocumentDetails doc = lucasArticle(Visibility.COMPANY);
        as("nicolas.dupuis", () -> {
            stats.recordView(doc.id());
            return null;
        });
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Integer> period = $(com.vaadin.flow.component.select.Select.class).id("insights-period");
        period.setValue(30);
        assertThat(mostRead.getLazyDataView().getItems().map(DocumentPopularity::id))
                .as("a document read today is ranked").contains(doc.id());
    }
}
