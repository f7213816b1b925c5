package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.activity.ActivityLog;
import io.relais.notifications.NotificationService;
import io.relais.platform.NotFoundException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RelaisSpringTest
@RecordApplicationEvents
class DocumentServiceTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    DocumentService documents;
    @Autowired
    ActivityLog activity;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private As as() {
        return new As(users);
    }

    private DocumentDetails create(String login, String title, String body, Visibility visibility) {
        return as().user(login, () -> documents.create(DocumentKind.ARTICLE,
                DocumentFixtures.form(DocumentFixtures.spaceOfTeam(documents, TECH), title, body, visibility, Set.of())));
    }

    @Test
    void slugsComeFromTheTitleAndStayUniqueInTheirSpace() {
        String title = DocumentFixtures.unique("Réunion d'équipe");
        DocumentDetails first = create("lucas.bernard", title, "a", Visibility.COMPANY);
        DocumentDetails second = create("lucas.bernard", title, "b", Visibility.COMPANY);
        assertThat(first.slug()).startsWith("reunion-d-equipe-").doesNotEndWith("-2");
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        assertThat(first.path()).isEqualTo("/docs/" + first.id() + "/" + first.slug());
    }

    @Test
    void everySaveIsARevisionWithADiffAndAnOldOneCanBeRestored() {
        DocumentDetails v1 = create("lucas.bernard", DocumentFixtures.unique("Historique"), "ligne 1\nligne 2", Visibility.COMPANY);
        DocumentDetails v2 = as().user("nicolas.dupuis", () -> documents.update(v1.id(), v1.version(), v1.toForm().withBody("ligne 1\nligne 2 modifiée\nligne 3")));
        as().run("lucas.bernard", () -> {
            List<RevisionSummary> history = documents.history(v1.id());
            assertThat(history).extracting(RevisionSummary::number).containsExactly(2, 1);
            assertThat(history.getFirst().author().fullName()).isEqualTo("Nicolas Dupuis");
            List<DiffLine> diff = documents.diff(v1.id(), 1, 2);
            assertThat(diff).contains(new DiffLine(DiffLine.Type.REMOVED, "ligne 2"),
                    new DiffLine(DiffLine.Type.ADDED, "ligne 2 modifiée"), new DiffLine(DiffLine.Type.ADDED, "ligne 3"),
                    new DiffLine(DiffLine.Type.UNCHANGED, "ligne 1"));

            DocumentDetails restored = documents.restore(v1.id(), 1);
            assertThat(restored.body()).isEqualTo("ligne 1\nligne 2");
            assertThat(restored.revision()).isEqualTo(3);
            assertThat(documents.history(v1.id()).getFirst().restoredFrom()).isEqualTo(1);
            assertThat(documents.diff(v1.id(), 2, 3)).contains(new DiffLine(DiffLine.Type.REMOVED, "ligne 3"));
        });
        assertThat(v2.revision()).isEqualTo(2);
    }

    @Test
    void theSecondOfTwoConcurrentSaversGetsTheOtherVersionAndLosesNothing() {
        DocumentDetails loaded = create("lucas.bernard", DocumentFixtures.unique("Conflit"), "commun\nfin", Visibility.SPACE);
        DocumentDetails loadedByNicolas = as().user("nicolas.dupuis", () -> documents.get(loaded.id()));
        as().user("lucas.bernard", () -> documents.update(loaded.id(), loaded.version(), loaded.toForm().withBody("commun\nversion de Lucas\nfin")));
        String nicolasText = "commun\nversion de Nicolas\nfin";
        as().run("nicolas.dupuis", () -> {
            assertThatThrownBy(() -> documents.update(loaded.id(), loadedByNicolas.version(), loadedByNicolas.toForm().withBody(nicolasText)))
                    .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                        assertThat(conflict.messageKey()).isEqualTo("docs.error.conflict");
                        assertThat(conflict.arguments()).containsExactly("Lucas Bernard");
                        assertThat(conflict.saved().body()).contains("version de Lucas");
                        assertThat(conflict.diff()).contains(new DiffLine(DiffLine.Type.REMOVED, "version de Lucas"),
                                new DiffLine(DiffLine.Type.ADDED, "version de Nicolas"));
                        // the writer merges and saves again on top of the version they have now seen
                        DocumentDetails merged = documents.update(loaded.id(), conflict.saved().version(),
                                loadedByNicolas.toForm().withBody("commun\nversion de Lucas\nversion de Nicolas\nfin"));
                        assertThat(merged.body()).contains("version de Lucas", "version de Nicolas");
                    });
        });
        assertThat(as().user("lucas.bernard", () -> documents.history(loaded.id()))).hasSize(3);
    }

    @Test
    void writesPublishAnEventAndRecordActivityInTheSameTransaction() {
        long id = as().user("lucas.bernard", () -> transaction.execute(status -> {
            DocumentDetails created = documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                    DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Événement"), "x", Visibility.COMPANY, Set.of()));
            documents.changeVisibility(created.id(), Visibility.SPACE, Set.of());
            return created.id();
        }));
        assertThat(events.stream(DocumentChanged.class).filter(e -> e.documentId() == id).map(DocumentChanged::type))
                .containsExactly(DocumentChanged.Type.CREATED, DocumentChanged.Type.VISIBILITY_CHANGED);
        as().run("lucas.bernard", () -> {
            assertThat(activity.count("CREATED", "DOCUMENT", id)).isEqualTo(1);
            assertThat(activity.count("VISIBILITY_CHANGED", "DOCUMENT", id)).isEqualTo(1);
            documents.delete(id);
            assertThat(activity.count("DELETED", "DOCUMENT", id)).isEqualTo(1);
        });
    }

    @Test
    void nothingIsRecordedWhenTheTransactionRollsBack() {
        long id = as().user("lucas.bernard", () -> transaction.execute(status -> {
            DocumentDetails created = documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                    DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Annulé"), "x", Visibility.COMPANY, Set.of()));
            assertThat(activity.count("CREATED", "DOCUMENT", created.id())).isEqualTo(1);
            status.setRollbackOnly();
            return created.id();
        }));
        as().run("lucas.bernard", () -> {
            assertThat(activity.count("CREATED", "DOCUMENT", id)).isZero();
            assertThatThrownBy(() -> documents.get(id)).isInstanceOf(NotFoundException.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Long.class, "%\"documentId\":" + id + ",%")).isZero();
    }

    @Test
    void activityNeedsTheCallersTransaction() {
        as().run("lucas.bernard", () -> assertThatThrownBy(() -> activity.record(1L, "CREATED", "DOCUMENT", 1L))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class));
    }

    @Test
    void mentionedPeopleWhoMayReadAreNotifiedOnce() {
        long inesBefore = as().user("ines.haddad", () -> notifications.unreadCount());
        DocumentDetails open = create("lucas.bernard", DocumentFixtures.unique("Mention"), "Merci @ines.haddad !", Visibility.COMPANY);
        assertThat(as().user("ines.haddad", () -> notifications.unreadCount())).isEqualTo(inesBefore + 1);
        as().run("lucas.bernard", () -> documents.update(open.id(), open.version(), open.toForm().withBody("Merci encore @ines.haddad !")));
        create("lucas.bernard", DocumentFixtures.unique("Mention privée"), "Secret pour @ines.haddad", Visibility.SPACE);
        assertThat(as().user("ines.haddad", () -> notifications.unreadCount())).isEqualTo(inesBefore + 1);
        assertThat(as().user("ines.haddad", () -> notifications.recent(1)).getFirst().link()).isEqualTo(open.path());
    }

    @Test
    void renderedBodiesResolveInternalLinksForTheReaderOnly() {
        DocumentDetails secret = create("lucas.bernard", DocumentFixtures.unique("Cible secrète"), "x", Visibility.SPACE);
        DocumentDetails linking = create("lucas.bernard", DocumentFixtures.unique("Lien"), "Voir [[" + secret.slug() + "]]", Visibility.COMPANY);
        assertThat(as().user("nicolas.dupuis", () -> documents.get(linking.id()).html())).contains("href=\"" + secret.path() + "\"");
        assertThat(as().user("ines.haddad", () -> documents.get(linking.id()).html())).doesNotContain(secret.path()).contains("[[" + secret.slug() + "]]");
    }

    @Test
    void browseFiltersBySpaceKindTagAndAuthor() {
        String marker = DocumentFixtures.unique("Filtre");
        long tech = as().user("lucas.bernard", () -> DocumentFixtures.spaceOfTeam(documents, TECH));
        as().run("lucas.bernard", () -> documents.create(DocumentKind.PROBLEM, new DocumentForm(tech, marker, "corps", "fr",
                Visibility.COMPANY, Set.of("Tracking"), Set.of(), null, KindFields.EMPTY.withProblem("p", null, null, "Client"))));
        as().run("ines.haddad", () -> {
            DocumentSummary row = documents.browse(new DocumentFilter(tech, DocumentKind.PROBLEM, "tracking", null, marker), 0, 10).getFirst();
            assertThat(row.ownerName()).isEqualTo("Lucas Bernard");
            assertThat(documents.count(new DocumentFilter(null, DocumentKind.ARTICLE, null, null, marker))).isZero();
            assertThat(documents.count(new DocumentFilter(null, null, "autre", null, marker))).isZero();
            assertThat(documents.get(row.id()).fields().problemStatus()).isEqualTo(KindFields.ProblemStatus.OPEN);
        });
    }

    @Test
    void theDemoHasDocumentsOfEveryKind() {
        as().run("julien.mercier", () -> {
            for (DocumentKind kind : DocumentKind.values()) {
                assertThat(documents.count(new DocumentFilter(null, kind, null, null, null))).as(kind.name()).isPositive();
            }
            assertThat(documents.count(new DocumentFilter(null, null, "trio-du-lundi", null, null))).isGreaterThanOrEqualTo(15);
        });
    }
}
