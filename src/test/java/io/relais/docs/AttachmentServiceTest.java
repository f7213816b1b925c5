package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.platform.NotFoundException;
import io.relais.platform.RelaisProperties;
import io.relais.platform.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Attachments through the service, as the people of the demo organisation: what is accepted,
 * what is refused and why, where files end up, and what search is told.
 */
@RelaisSpringTest
@RecordApplicationEvents
class AttachmentServiceTest {

    private static final String TECH = "Tech & Data";

    @Autowired
    AttachmentService attachments;
    @Autowired
    DocumentService documents;
    @Autowired
    UserDetailsService users;
    @Autowired
    RelaisProperties relais;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private As as() {
        return new As(users);
    }

    private DocumentDetails document(Visibility visibility) {
        return as().user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Pièces"), "corps", visibility, Set.of())));
    }

    private AttachmentSummary upload(String login, long documentId, String name, byte[] content) {
        return as().user(login, () -> attachments.upload(documentId, name, new ByteArrayInputStream(content)));
    }

    private void assertRefused(String name, byte[] content, String messageKey) {
        long documentId = document(Visibility.COMPANY).id();
        assertThatThrownBy(() -> upload("lucas.bernard", documentId, name, content))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(messageKey);
                    assertThat(refusal.field()).isEqualTo("file");
                });
        assertThat(as().user("lucas.bernard", () -> attachments.list(documentId))).isEmpty();
        assertThat(incoming()).as("nothing half-received is left").isEmpty();
    }

    private Path files() {
        return relais.dataPath("files");
    }

    private List<Path> incoming() {
        try (Stream<Path> leftovers = Files.list(files().resolve(".incoming"))) {
            return leftovers.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String storageName(long attachmentId) {
        return jdbc.queryForObject("select storage_name from attachment where id = ?", String.class, attachmentId);
    }

    // ---- Accepted files ---------------------------------------------------------------------

    @Test
    void aPdfIsStoredUnderAServerNameWithItsTextForSearchAndSearchIsTold() {
        DocumentDetails document = document(Visibility.COMPANY);
        byte[] pdf = SampleFiles.pdf("Kick-off client Lumière : budget validé");

        AttachmentSummary added = upload("lucas.bernard", document.id(), "Compte rendu kick-off.pdf", pdf);

        assertThat(added.fileName()).isEqualTo("Compte rendu kick-off.pdf");
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThat(added.sizeBytes()).isEqualTo(pdf.length);
        assertThat(added.searchable()).isTrue();
        assertThat(added.uploadedBy().fullName()).isEqualTo("Lucas Bernard");
        String storageName = storageName(added.id());
        assertThat(storageName).matches("[0-9a-f-]{36}");
        assertThat(files().resolve(storageName)).hasBinaryContent(pdf);
        List<AttachmentText> texts = as().user("julien.mercier", () -> attachments.indexableTexts(document.id()));
        assertThat(texts).singleElement().satisfies(text -> assertThat(text.text()).contains("budget validé"));
        assertThat(events.stream(DocumentChanged.class))
                .contains(new DocumentChanged(document.id(), DocumentChanged.Type.ATTACHMENTS_CHANGED));
    }

    @Test
    void wordAndPlainTextFilesGiveTheirText() {
        DocumentDetails document = document(Visibility.COMPANY);
        upload("lucas.bernard", document.id(), "procédure.docx", SampleFiles.docx("Procédure de recette des pixels de suivi"));
        upload("lucas.bernard", document.id(), "notes.md", SampleFiles.text("# Notes\n\nRituel du lundi en trio"));

        List<AttachmentSummary> listed = as().user("nicolas.dupuis", () -> attachments.list(document.id()));
        assertThat(listed).extracting(AttachmentSummary::fileName).containsExactly("procédure.docx", "notes.md");
        assertThat(listed).extracting(AttachmentSummary::contentType).containsExactly(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain");
        assertThat(as().user("julien.mercier", () -> attachments.indexableTexts(document.id())))
                .extracting(AttachmentText::text)
                .anySatisfy(text -> assertThat(text).contains("recette des pixels"))
                .anySatisfy(text -> assertThat(text).contains("Rituel du lundi"));
    }

    @Test
    void aPathTraversalNameOnlyBecomesALabel() {
        DocumentDetails document = document(Visibility.COMPANY);

        AttachmentSummary added = upload("lucas.bernard", document.id(), "../../etc/passwd.txt", SampleFiles.text("root:x:0:0"));

        assertThat(added.fileName()).isEqualTo("passwd.txt");
        assertThat(files().resolve(storageName(added.id()))).exists().hasParent(files());
        assertRefused("../../etc/passwd", SampleFiles.text("root:x:0:0"), "attachments.error.type-not-allowed");
        assertThat(upload("lucas.bernard", document.id(), "..\\..\\boot.ini\u202Etxt.md", SampleFiles.text("x")).fileName())
                .as("backslashes and a right-to-left override cannot disguise the name")
                .isEqualTo("boot.initxt.md");
    }

    // ---- Refused files ----------------------------------------------------------------------

    @Test
    void aFileLargerThanTheLimitIsRefusedWhileReceivingIt() {
        long limit = as().user("lucas.bernard", () -> attachments.maxSizeBytes());
        assertThat(limit).isEqualTo(20L * 1024 * 1024);
        long documentId = document(Visibility.COMPANY).id();

        assertThatThrownBy(() -> as().user("lucas.bernard",
                () -> attachments.upload(documentId, "énorme.txt", new Zeros(limit + 1))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("attachments.error.too-large"));
        assertThat(incoming()).isEmpty();
    }

    @Test
    void anExecutableRenamedPdfIsRefusedByItsBytes() {
        assertRefused("facture.pdf", SampleFiles.windowsExecutable(), "attachments.error.content-mismatch");
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsRefusedBeforeParsing() {
        assertRefused("rapport.docx", SampleFiles.zipBombDocx(40), "attachments.error.zip-bomb");
    }

    @Test
    void svgIsRefusedUnderItsNameAndUnderAnyOther() {
        assertRefused("logo.svg", SampleFiles.svgWithScript(), "attachments.error.type-not-allowed");
        assertRefused("logo.png", SampleFiles.svgWithScript(), "attachments.error.content-mismatch");
        assertRefused("logo.txt", SampleFiles.svgWithScript(), "attachments.error.content-mismatch");
    }

    @Test
    void htmlRenamedTextOrMarkdownIsRefused() {
        assertRefused("lisez-moi.txt", SampleFiles.html(), "attachments.error.content-mismatch");
        assertRefused("lisez-moi.md", SampleFiles.html(), "attachments.error.content-mismatch");
        assertRefused("page.html", SampleFiles.html(), "attachments.error.type-not-allowed");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("vide.txt", new byte[0], "attachments.error.empty");
    }

    @Test
    void aDiskFailureWhileReceivingLeavesNoFileAndATranslatedError() {
        long documentId = document(Visibility.COMPANY).id();
        InputStream diskFull = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("No space left on device");
                }
                return 'a';
            }
        };

        assertThatThrownBy(() -> as().user("lucas.bernard", () -> attachments.upload(documentId, "notes.txt", diskFull)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("attachments.error.storage"));
        assertThat(incoming()).isEmpty();
        assertThat(as().user("lucas.bernard", () -> attachments.list(documentId))).isEmpty();
    }

    // ---- Rights -----------------------------------------------------------------------------

    @Test
    void onlyEditorsAttachAndOnlyReadersSee() {
        DocumentDetails spaceOnly = document(Visibility.SPACE);
        upload("lucas.bernard", spaceOnly.id(), "plan.txt", SampleFiles.text("plan"));

        // a member of another team: the document does not exist for her
        assertThatThrownBy(() -> as().user("ines.haddad", () -> attachments.list(spaceOnly.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> upload("ines.haddad", spaceOnly.id(), "x.txt", SampleFiles.text("x")))
                .isInstanceOf(NotFoundException.class);
        long attachmentId = as().user("lucas.bernard", () -> attachments.list(spaceOnly.id())).getFirst().id();
        assertThatThrownBy(() -> as().user("ines.haddad", () -> attachments.open(attachmentId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as().run("ines.haddad", () -> attachments.delete(attachmentId)))
                .isInstanceOf(NotFoundException.class);

        DocumentDetails peopleOnly = as().user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE,
                DocumentFixtures.form(DocumentFixtures.spaceOfTeam(documents, TECH), DocumentFixtures.unique("Lecture"),
                        "x", Visibility.PEOPLE, Set.of(personId("claire.fontaine")))));
        upload("lucas.bernard", peopleOnly.id(), "lecture.txt", SampleFiles.text("à lire"));
        // a named reader reads but may not edit
        assertThat(as().user("claire.fontaine", () -> attachments.list(peopleOnly.id()))).hasSize(1);
        assertThatThrownBy(() -> upload("claire.fontaine", peopleOnly.id(), "y.txt", SampleFiles.text("y")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("docs.error.read-only"));
    }

    @Test
    void removingAnAttachmentDeletesItsFileAndTellsSearch() {
        DocumentDetails document = document(Visibility.COMPANY);
        AttachmentSummary added = upload("lucas.bernard", document.id(), "brouillon.txt", SampleFiles.text("brouillon"));
        Path file = files().resolve(storageName(added.id()));
        assertThat(file).exists();
        events.clear();

        as().run("lucas.bernard", () -> attachments.delete(added.id()));

        assertThat(file).doesNotExist();
        assertThat(as().user("lucas.bernard", () -> attachments.list(document.id()))).isEmpty();
        assertThatThrownBy(() -> as().user("lucas.bernard", () -> attachments.open(added.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(events.stream(DocumentChanged.class))
                .containsExactly(new DocumentChanged(document.id(), DocumentChanged.Type.ATTACHMENTS_CHANGED));
    }

    private long personId(String login) {
        return jdbc.queryForObject("select person_id from user_account where username = ?", Long.class, login + "@canopee.fr");
    }

    /** A stream of zeros of a given length, without holding them in memory. */
    private static final class Zeros extends InputStream {
        private long remaining;

        Zeros(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            remaining -= count;
            return count;
        }
    }
}
