package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.activity.ActivityLog;
import io.relais.notifications.NotificationService;
import io.relais.notifications.NotificationView;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@RelaisSpringTest
class CommentServiceTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    DocumentService documents;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    ActivityLog activity;
    @Autowired
    UserDetailsService users;

    private As as() {
        return new As(users);
    }

    private DocumentDetails article(Visibility visibility) {
        return as().user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Commentaires"), "texte",
                visibility, Set.of())));
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** The notifications a person received that lead to this document. */
    private List<NotificationView> notificationsAbout(String login, DocumentDetails document) {
        return as().user(login, () -> notifications.recent(50)).stream()
                .filter(n -> n.link() != null && n.link().startsWith(document.path() + "?comment=")).toList();
    }

    @Test
    void aCommentIsSanitizedMarkdownAndOnlyItsAuthorOrAnAdministratorChangesIt() {
        DocumentDetails doc = article(Visibility.COMPANY);
        CommentView posted = as().user("nicolas.dupuis", () -> comments.add(doc.id(),
                "**Merci** pour ce guide <script>alert(1)</script> [x](javascript:alert(2))", key()));
        assertThat(posted.html()).contains("<strong>Merci</strong>").doesNotContain("script", "javascript");
        assertThat(posted.canEdit()).isTrue();
        assertThat(posted.author().fullName()).isEqualTo("Nicolas Dupuis");

        as().run("ines.haddad", () -> {
            assertThat(comments.list(doc.id(), 0, 10)).singleElement().satisfies(c -> assertThat(c.canEdit()).isFalse());
            assertThatThrownBy(() -> comments.edit(posted.id(), "piraté")).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("docs-social.error.not-your-comment");
            assertThatThrownBy(() -> comments.delete(posted.id())).isInstanceOf(UserFacingException.class);
        });
        CommentView edited = as().user("nicolas.dupuis", () -> comments.edit(posted.id(), "Merci, *vraiment*"));
        assertThat(edited.html()).contains("<em>vraiment</em>");
        assertThat(edited.editedAt()).isNotNull();

        as().run("julien.mercier", () -> {
            assertThat(comments.list(doc.id(), 0, 10).getFirst().canEdit()).as("an administrator").isTrue();
            comments.delete(posted.id());
            assertThat(comments.count(doc.id())).isZero();
        });
    }

    @Test
    void blankOrOverlongCommentsAreRefusedWithAReason() {
        DocumentDetails doc = article(Visibility.COMPANY);
        as().run("nicolas.dupuis", () -> {
            assertThatThrownBy(() -> comments.add(doc.id(), "  \n ", key()))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("validation.required");
                        assertThat(e.field()).isEqualTo("body");
                    });
            assertThatThrownBy(() -> comments.add(doc.id(), "x".repeat(CommentService.MAX_LENGTH + 1), key()))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
            assertThat(comments.count(doc.id())).isZero();
        });
    }

    @Test
    void theSameSubmissionSentTwiceIsOneComment() {
        DocumentDetails doc = article(Visibility.COMPANY);
        String submission = key();
        as().run("nicolas.dupuis", () -> {
            CommentView first = comments.add(doc.id(), "Une seule fois", submission);
            CommentView again = comments.add(doc.id(), "Une seule fois", submission);
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(comments.count(doc.id())).isEqualTo(1);
            comments.add(doc.id(), "Une seule fois", key());
            assertThat(comments.count(doc.id())).as("a new submission is a new comment").isEqualTo(2);
        });
    }

    @Test
    void onlyReadersOfTheDocumentListOrWriteItsComments() {
        DocumentDetails doc = article(Visibility.SPACE);
        as().run("nicolas.dupuis", () -> comments.add(doc.id(), "Entre nous", key()));
        as().run("ines.haddad", () -> {
            assertThatThrownBy(() -> comments.list(doc.id(), 0, 10)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.count(doc.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.add(doc.id(), "Je m'invite", key())).isInstanceOf(NotFoundException.class);
        });
        assertThat(as().user("lucas.bernard", () -> comments.count(doc.id()))).isEqualTo(1);
    }

    @Test
    void mentionedReadersAreNotifiedWithALinkToTheCommentAndNonReadersHearNothing() {
        DocumentDetails doc = article(Visibility.SPACE);
        CommentView posted = as().user("nicolas.dupuis", () -> comments.add(doc.id(),
                "@zoe.marchand et @ines.haddad, regardez ça ; pas `@claire.fontaine` dans du code", key()));
        assertThat(posted.html()).contains("class=\"mention\"");

        List<NotificationView> zoe = notificationsAbout("zoe.marchand", doc);
        assertThat(zoe).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("docs-social.notification.mentioned");
            assertThat(n.arguments()).containsExactly("Nicolas Dupuis", doc.title());
            assertThat(n.link()).isEqualTo(doc.path() + "?comment=" + posted.id());
        });
        assertThat(notificationsAbout("ines.haddad", doc)).as("not a reader of a Tech & Data space document").isEmpty();
        assertThat(notificationsAbout("claire.fontaine", doc)).as("a handle inside code is no mention").isEmpty();
        assertThat(notificationsAbout("lucas.bernard", doc)).as("the owner hears about the comment")
                .singleElement().satisfies(n -> assertThat(n.messageKey()).isEqualTo("docs-social.notification.commented"));

        as().run("nicolas.dupuis", () -> comments.edit(posted.id(),
                "@zoe.marchand et @ines.haddad, regardez ça, et @romain.blanc aussi"));
        assertThat(notificationsAbout("zoe.marchand", doc)).as("an edit tells only the newly mentioned").hasSize(1);
        assertThat(notificationsAbout("romain.blanc", doc)).hasSize(1);
        assertThat(notificationsAbout("ines.haddad", doc)).isEmpty();
    }

    @Test
    void commentsAreActivitiesOfTheDocument() {
        DocumentDetails doc = article(Visibility.COMPANY);
        as().run("nicolas.dupuis", () -> {
            CommentView posted = comments.add(doc.id(), "Activité", key());
            comments.edit(posted.id(), "Activité modifiée");
            comments.delete(posted.id());
            assertThat(activity.count("COMMENTED", "DOCUMENT", doc.id())).isEqualTo(1);
            assertThat(activity.count("COMMENT_EDITED", "DOCUMENT", doc.id())).isEqualTo(1);
            assertThat(activity.count("COMMENT_DELETED", "DOCUMENT", doc.id())).isEqualTo(1);
        });
    }

    @Test
    void commentsArePagedOldestFirst() {
        DocumentDetails doc = article(Visibility.COMPANY);
        as().run("nicolas.dupuis", () -> {
            for (int i = 1; i <= 5; i++) {
                comments.add(doc.id(), "Commentaire " + i, key());
            }
            assertThat(comments.list(doc.id(), 0, 2)).extracting(CommentView::body).containsExactly("Commentaire 1", "Commentaire 2");
            assertThat(comments.list(doc.id(), 4, 2)).extracting(CommentView::body).containsExactly("Commentaire 5");
            assertThat(comments.count(doc.id())).isEqualTo(5);
        });
    }
}
