package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.activity.ActivityLog;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@RelaisSpringTest
class UpvoteAndHelpfulNoteTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    DocumentService documents;
    @Autowired
    UpvoteService upvotes;
    @Autowired
    HelpfulNoteService notes;
    @Autowired
    ReadingStats stats;
    @Autowired
    ActivityLog activity;
    @Autowired
    UserDetailsService users;

    private As as() {
        return new As(users);
    }

    private DocumentDetails article(Visibility visibility) {
        return as().user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Votes"), "texte", visibility,
                Set.of())));
    }

    @Test
    void anUpvoteIsOnePerPersonAndToggles() {
        long doc = article(Visibility.COMPANY).id();
        as().run("nicolas.dupuis", () -> {
            assertThat(upvotes.toggle(doc)).isEqualTo(new UpvoteState(true, 1));
            assertThat(stats.stats(doc).upvotedByMe()).isTrue();
        });
        assertThat(as().user("ines.haddad", () -> upvotes.toggle(doc))).isEqualTo(new UpvoteState(true, 2));
        as().run("nicolas.dupuis", () -> {
            assertThat(upvotes.toggle(doc)).isEqualTo(new UpvoteState(false, 1));
            assertThat(stats.stats(doc).upvotedByMe()).isFalse();
            assertThat(upvotes.toggle(doc)).isEqualTo(new UpvoteState(true, 2));
            assertThat(activity.count("UPVOTED", "DOCUMENT", doc)).isEqualTo(3);
            assertThat(activity.count("UPVOTE_REMOVED", "DOCUMENT", doc)).isEqualTo(1);
        });
        assertThat(as().user("lucas.bernard", () -> stats.stats(doc).upvotes())).isEqualTo(2);
    }

    @Test
    void onePersonTogglingFromManyTabsAtOnceTogglesEveryTimeWithoutError() throws Exception {
        long doc = article(Visibility.COMPANY).id();
        int tabs = 8;
        int rounds = 5;
        CyclicBarrier together = new CyclicBarrier(tabs);
        List<Exception> failures = new CopyOnWriteArrayList<>();
        try (ExecutorService browser = Executors.newFixedThreadPool(tabs)) {
            for (int tab = 0; tab < tabs; tab++) {
                browser.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        together.await(30, TimeUnit.SECONDS);
                        try {
                            as().run("nicolas.dupuis", () -> upvotes.toggle(doc));
                        } catch (RuntimeException failed) {
                            failures.add(failed); // two tabs deadlocking, for one
                        }
                    }
                    return null;
                });
            }
        }
        assertThat(failures).isEmpty();
        assertThat(as().user("lucas.bernard", () -> stats.stats(doc).upvotes())).as("40 toggles: back to none").isZero();
        assertThat(as().user("nicolas.dupuis", () -> activity.count("UPVOTED", "DOCUMENT", doc))).isEqualTo(tabs * rounds / 2);
    }

    @Test
    void theOwnerCannotUpvoteAndANonReaderCannotEvenFindTheDocument() {
        long doc = article(Visibility.SPACE).id();
        as().run("lucas.bernard", () -> {
            assertThat(stats.stats(doc).canUpvote()).isFalse();
            assertThatThrownBy(() -> upvotes.toggle(doc)).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("docs-social.error.own-document"));
        });
        assertThatThrownBy(() -> as().user("ines.haddad", () -> upvotes.toggle(doc))).isInstanceOf(NotFoundException.class);
        assertThat(as().user("nicolas.dupuis", () -> stats.stats(doc).upvotes())).isZero();
    }

    @Test
    void helpfulNotesAreReadByTheOwnerAndAdministratorsOnly() {
        long doc = article(Visibility.COMPANY).id();
        as().run("nicolas.dupuis", () -> {
            notes.answer(doc, false, "Il manque la partie sur les accès");
            notes.answer(doc, true, "  Complété depuis, merci !  ");
            assertThat(notes.mine(doc)).hasValueSatisfying(mine -> {
                assertThat(mine.helpful()).isTrue();
                assertThat(mine.reason()).isEqualTo("Complété depuis, merci !");
            });
            assertThatThrownBy(() -> notes.forOwner(doc, 0, 10)).as("a reader other than the owner")
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> notes.countForOwner(doc)).isInstanceOf(NotFoundException.class);
        });
        as().run("ines.haddad", () -> {
            notes.answer(doc, false, "");
            assertThatThrownBy(() -> notes.forOwner(doc, 0, 10)).isInstanceOf(NotFoundException.class);
            assertThat(notes.mine(doc)).hasValueSatisfying(mine -> assertThat(mine.reason()).isEmpty());
        });
        as().run("lucas.bernard", () -> {
            assertThat(notes.countForOwner(doc)).as("one note per reader").isEqualTo(2);
            assertThat(notes.forOwner(doc, 0, 10)).extracting(n -> n.author().fullName(), HelpfulNoteView::helpful)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Inès Haddad", false),
                            org.assertj.core.groups.Tuple.tuple("Nicolas Dupuis", true));
            assertThatThrownBy(() -> notes.answer(doc, true, "moi-même")).isInstanceOf(UserFacingException.class);
        });
        assertThat(as().user("julien.mercier", () -> notes.countForOwner(doc))).as("an administrator").isEqualTo(2);
        assertThatThrownBy(() -> as().user("nicolas.dupuis", () -> {
            notes.answer(doc, true, "x".repeat(HelpfulNoteService.MAX_REASON + 1));
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void aNonReaderCannotLeaveANote() {
        long doc = article(Visibility.SPACE).id();
        assertThatThrownBy(() -> as().user("ines.haddad", () -> {
            notes.answer(doc, true, "fuite");
            return null;
        })).isInstanceOf(NotFoundException.class);
    }
}
