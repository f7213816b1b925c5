package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.people.PersonService;
import io.relais.platform.NotFoundException;
import io.relais.platform.UserFacingException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The visibility matrix: for each visibility, what the owner (lucas, Tech & Data), a member of
 * the space (nicolas, Tech & Data), an outsider (ines, Contenu & Social), an administrator
 * (julien) and a named reader (claire) may read, find in lists and change.
 */
@RelaisSpringTest
class DocumentVisibilityTest {

    private static final String TECH = "Tech & Data";
    private static final String[] PEOPLE = {"lucas.bernard", "nicolas.dupuis", "ines.haddad", "julien.mercier", "claire.fontaine"};

    @Autowired
    DocumentService documents;
    @Autowired
    PersonService people;
    @Autowired
    UserDetailsService users;

    /** Expected read rights, in the order of {@link #PEOPLE}. */
    private static final Map<Visibility, boolean[]> READ = Map.of(
            Visibility.PUBLIC, new boolean[] {true, true, true, true, true},
            Visibility.COMPANY, new boolean[] {true, true, true, true, true},
            Visibility.SPACE, new boolean[] {true, true, false, true, false},
            Visibility.PEOPLE, new boolean[] {true, false, false, true, true});

    /** Expected write rights: owner, admin, and space members for SPACE and COMPANY documents. */
    private static final Map<Visibility, boolean[]> WRITE = Map.of(
            Visibility.PUBLIC, new boolean[] {true, false, false, true, false},
            Visibility.COMPANY, new boolean[] {true, true, false, true, false},
            Visibility.SPACE, new boolean[] {true, true, false, true, false},
            Visibility.PEOPLE, new boolean[] {true, false, false, true, false});

    @Test
    void eachVisibilityIsEnforcedForReadingListingAndWriting() {
        As as = new As(users);
        long space = as.user("lucas.bernard", () -> DocumentFixtures.spaceOfTeam(documents, TECH));
        long claire = as.user("lucas.bernard", () -> people.findByHandle("claire.fontaine").orElseThrow().id());
        for (Visibility visibility : Visibility.values()) {
            String marker = DocumentFixtures.unique("Matrice " + visibility);
            DocumentDetails doc = as.user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE,
                    DocumentFixtures.form(space, marker, "Texte " + marker, visibility, Set.of(claire))));
            for (int i = 0; i < PEOPLE.length; i++) {
                String who = PEOPLE[i];
                boolean canRead = READ.get(visibility)[i];
                boolean canWrite = WRITE.get(visibility)[i];
                String scenario = visibility + " as " + who;
                as.run(who, () -> {
                    DocumentFilter byText = new DocumentFilter(null, null, null, null, marker);
                    assertThat(documents.count(byText)).as(scenario + " count").isEqualTo(canRead ? 1 : 0);
                    assertThat(documents.browse(byText, 0, 10)).as(scenario + " browse").hasSize(canRead ? 1 : 0);
                    if (!canRead) {
                        assertThatThrownBy(() -> documents.get(doc.id())).as(scenario).isInstanceOf(NotFoundException.class);
                        assertThatThrownBy(() -> documents.history(doc.id())).isInstanceOf(NotFoundException.class);
                        assertThatThrownBy(() -> documents.update(doc.id(), doc.version(), doc.toForm()))
                                .as(scenario + " write").isInstanceOf(NotFoundException.class);
                        return;
                    }
                    DocumentDetails read = documents.get(doc.id());
                    assertThat(read.canEdit()).as(scenario + " canEdit").isEqualTo(canWrite);
                    if (canWrite) {
                        DocumentDetails saved = documents.update(doc.id(), read.version(), read.toForm().withBody(read.body() + "\n" + who));
                        assertThat(saved.body()).endsWith(who);
                    } else {
                        assertThatThrownBy(() -> documents.update(doc.id(), read.version(), read.toForm().withBody("x")))
                                .as(scenario + " write").isInstanceOf(UserFacingException.class)
                                .hasFieldOrPropertyWithValue("messageKey", "docs.error.read-only");
                    }
                });
            }
        }
    }

    @Test
    void onlyTheOwnerOrAnAdministratorChangesVisibilityOrDeletes() {
        As as = new As(users);
        long space = as.user("lucas.bernard", () -> DocumentFixtures.spaceOfTeam(documents, TECH));
        String title = DocumentFixtures.unique("Gestion");
        DocumentDetails doc = as.user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE,
                DocumentFixtures.form(space, title, "x", Visibility.SPACE, Set.of())));
        as.run("nicolas.dupuis", () -> {
            assertThatThrownBy(() -> documents.changeVisibility(doc.id(), Visibility.COMPANY, Set.of()))
                    .hasFieldOrPropertyWithValue("messageKey", "docs.error.owner-only");
            assertThatThrownBy(() -> documents.delete(doc.id()))
                    .hasFieldOrPropertyWithValue("messageKey", "docs.error.owner-only");
        });
        as.run("lucas.bernard", () -> documents.changeVisibility(doc.id(), Visibility.COMPANY, Set.of()));
        assertThat(as.user("ines.haddad", () -> documents.get(doc.id()).title())).isEqualTo(title);
        as.run("julien.mercier", () -> documents.delete(doc.id()));
        as.run("lucas.bernard", () -> assertThatThrownBy(() -> documents.get(doc.id())).isInstanceOf(NotFoundException.class));
    }

    @Test
    void nobodyCreatesInASpaceTheyDoNotBelongTo() {
        As as = new As(users);
        long tech = as.user("ines.haddad", () -> DocumentFixtures.spaceOfTeam(documents, TECH));
        as.run("ines.haddad", () -> assertThatThrownBy(() -> documents.create(DocumentKind.ARTICLE,
                DocumentFixtures.form(tech, "Intrusion", "x", Visibility.COMPANY, Set.of())))
                .hasFieldOrPropertyWithValue("messageKey", "docs.error.not-a-member"));
    }
}
