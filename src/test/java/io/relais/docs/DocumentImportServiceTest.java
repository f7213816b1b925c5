package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.RelaisSpringTest;
import io.relais.docs.ImportOutcome.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Import from folders and zips as an administrator, and the export that imports back. */
@RelaisSpringTest
@WithUserDetails("julien.mercier@canopee.fr")
class DocumentImportServiceTest {

    @Autowired
    DocumentImportService importer;
    @Autowired
    DocumentExportService exporter;
    @Autowired
    DocumentService documents;
    @Autowired
    UserDetailsService users;

    @TempDir
    Path temp;

    private String id;
    private SpaceSummary tech;
    private SpaceSummary content;

    @BeforeEach
    void setUp() {
        id = UUID.randomUUID().toString().substring(0, 8);
        tech = space("Tech & Data");
        content = space("Contenu & Social");
    }

    @Test
    void appliesFrontMatterAndSensibleDefaults() throws IOException {
        Path root = Files.createDirectories(temp.resolve("import"));
        write(root, "guide-" + id + ".md", """
                ---
                title: Guide des kick-offs %s
                kind: article
                tags: [Clients, méthode]
                visibility: company
                language: en
                reviewBy: 2027-06-30
                ---
                Body of the guide.
                """.formatted(id));
        write(root, "minutes-" + id + ".md", """
                # Trio du lundi %s

                Nous avons parlé des clients et de la qualité pour les équipes.
                """.formatted(id));
        write(root, tech.slug() + "/notes/setup_" + id + ".txt", "The laptop setup is done with the script and the checklist.");
        write(root, "page-" + id + ".html", "<html><head><title>Page HTML " + id + "</title></head><body><p>Hello <b>you</b></p></body></html>");
        write(root, "decision-" + id + ".md", """
                ---
                kind: DECISION
                space: %s
                decisionStatus: accepted
                decidedOn: 2026-01-12
                decision: Stand-ups écrits
                ---
                Contexte.
                """.formatted(content.name()));

        ImportReport report = importer.importFolder(root, new ImportOptions(tech.id(), Visibility.SPACE, "fr"), ImportProgress.NONE);

        assertThat(report.outcomes()).extracting(ImportOutcome::result).containsOnly(Result.IMPORTED).hasSize(5);
        DocumentDetails guide = documents.findBySlug(tech.id(), "guide-" + id).orElseThrow();
        assertThat(guide.title()).isEqualTo("Guide des kick-offs " + id);
        assertThat(guide.body()).isEqualTo("Body of the guide.");
        assertThat(guide.tags()).containsExactly("clients", "méthode");
        assertThat(guide.visibility()).isEqualTo(Visibility.COMPANY);
        assertThat(guide.language()).isEqualTo("en");
        assertThat(guide.reviewBy()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(guide.kind()).isEqualTo(DocumentKind.ARTICLE);

        DocumentDetails minutes = documents.findBySlug(tech.id(), "minutes-" + id).orElseThrow();
        assertThat(minutes.title()).as("title from the first heading").isEqualTo("Trio du lundi " + id);
        assertThat(minutes.body()).startsWith("Nous avons parlé");
        assertThat(minutes.language()).as("detected").isEqualTo("fr");
        assertThat(minutes.visibility()).as("the default").isEqualTo(Visibility.SPACE);

        DocumentDetails setup = documents.findBySlug(tech.id(), "notes-setup-" + id).orElseThrow();
        assertThat(setup.title()).as("title from the file name").isEqualTo("Setup " + id);
        assertThat(setup.language()).isEqualTo("en");

        assertThat(documents.findBySlug(tech.id(), "page-" + id).orElseThrow().body()).isEqualTo("Hello **you**");

        DocumentDetails decision = documents.findBySlug(content.id(), "decision-" + id).orElseThrow();
        assertThat(decision.kind()).isEqualTo(DocumentKind.DECISION);
        assertThat(decision.fields().decisionStatus()).isEqualTo(KindFields.DecisionStatus.ACCEPTED);
        assertThat(decision.fields().decidedOn()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(decision.title()).isEqualTo("Decision " + id);
    }

    @Test
    void importingTheSameFilesAgainChangesNothingAndAnEditedFileBecomesARevision() throws IOException {
        Path root = Files.createDirectories(temp.resolve("again"));
        write(root, "a-" + id + ".md", "# A " + id + "\n\nTexte A.");
        write(root, "b-" + id + ".md", "---\ntitle: B " + id + "\ntags: [x]\n---\nTexte B.\n");
        ImportOptions options = new ImportOptions(tech.id(), Visibility.SPACE, "fr");
        importer.importFolder(root, options, ImportProgress.NONE);
        DocumentDetails a = documents.findBySlug(tech.id(), "a-" + id).orElseThrow();

        ImportReport again = importer.importFolder(root, options, ImportProgress.NONE);

        assertThat(again.outcomes()).extracting(ImportOutcome::result).containsExactly(Result.UNCHANGED, Result.UNCHANGED);
        assertThat(documents.history(a.id())).hasSize(1);

        write(root, "a-" + id + ".md", "# A " + id + " (v2)\n\nTexte A modifié.");
        ImportReport changed = importer.importFolder(root, options, ImportProgress.NONE);

        assertThat(changed.outcomes()).extracting(ImportOutcome::result).containsExactly(Result.UPDATED, Result.UNCHANGED);
        DocumentDetails updated = documents.get(a.id());
        assertThat(updated.title()).isEqualTo("A " + id + " (v2)");
        assertThat(updated.body()).isEqualTo("Texte A modifié.");
        assertThat(documents.history(a.id())).hasSize(2);
        assertThat(documents.browse(new DocumentFilter(tech.id(), null, null, null, id), 0, 50)).hasSize(2);
    }

    @Test
    void badFilesAreSkippedWithTheirReasonAndTheOthersImported() throws IOException {
        Path root = Files.createDirectories(temp.resolve("bad"));
        write(root, "ok-" + id + ".md", "Fine.");
        write(root, "yaml-" + id + ".md", "---\nx: !!java.io.File /etc/passwd\n---\nBody");
        write(root, "kind-" + id + ".md", "---\nkind: poem\n---\nBody");
        write(root, "space-" + id + ".md", "---\nspace: Nowhere " + id + "\n---\nBody");
        write(root, "slug-" + id + ".md", "---\nslug: Not A Slug\n---\nBody");
        write(root, "lang-" + id + ".md", "---\nlanguage: de\n---\nBody");
        write(root, "date-" + id + ".md", "---\nreviewBy: tomorrow\n---\nBody");
        write(root, "image-" + id + ".png", "png");

        Map<String, ImportOutcome> report = byPath(importer.importFolder(root, new ImportOptions(tech.id(), null, null), ImportProgress.NONE));

        assertThat(report.get("ok-" + id + ".md").result()).isEqualTo(Result.IMPORTED);
        assertThat(report.get("yaml-" + id + ".md").reasonKey()).isEqualTo("import.reason.front-matter-invalid");
        assertThat(report.get("kind-" + id + ".md").reasonKey()).isEqualTo("import.reason.bad-choice");
        assertThat(report.get("kind-" + id + ".md").reasonArguments()).contains("kind", "poem");
        assertThat(report.get("space-" + id + ".md").reasonKey()).isEqualTo("import.reason.unknown-space");
        assertThat(report.get("slug-" + id + ".md").reasonKey()).isEqualTo("import.reason.bad-slug");
        assertThat(report.get("lang-" + id + ".md").reasonKey()).isEqualTo("docs.error.language");
        assertThat(report.get("date-" + id + ".md").reasonKey()).isEqualTo("import.reason.bad-date");
        assertThat(report.get("image-" + id + ".png").reasonKey()).isEqualTo("import.reason.unsupported-type");
        assertThat(report.values()).filteredOn(o -> o.result() == Result.SKIPPED).hasSize(7);
        assertThat(documents.browse(new DocumentFilter(null, null, null, null, id), 0, 50)).hasSize(1);

        Map<String, ImportOutcome> noSpace = byPath(importer.importFolder(root, new ImportOptions(null, null, null), ImportProgress.NONE));
        assertThat(noSpace.get("ok-" + id + ".md").result()).isEqualTo(Result.SKIPPED);
        assertThat(noSpace.get("ok-" + id + ".md").reasonKey()).isEqualTo("import.reason.no-space");
    }

    @Test
    void onlyAdministratorsImport() {
        As as = new As(users);
        assertThatThrownBy(() -> as.run("lucas.bernard", () -> importer.importFolder(temp,
                new ImportOptions(tech.id(), null, null), ImportProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExportedSpaceImportsBackIntoAnotherSpaceAsTheSameDocuments() throws IOException {
        SpaceSummary sourceSpace = tech;
        long source = tech.id();
        DocumentDetails article = documents.create(DocumentKind.ARTICLE, new DocumentForm(source, "Article export " + id,
                "Un **article** avec `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "fr", Visibility.PUBLIC,
                Set.of("export", "test"), Set.of(), LocalDate.of(2027, 1, 1), KindFields.EMPTY));
        DocumentDetails problem = documents.create(DocumentKind.PROBLEM, new DocumentForm(source, "Problème export " + id,
                "Détails.", "fr", Visibility.SPACE, Set.of(), Set.of(), null,
                KindFields.EMPTY.withProblem("Pixel manquant", "Réinstaller le tag", KindFields.ProblemStatus.SOLVED, "Client X")));
        DocumentDetails minutes = documents.create(DocumentKind.MINUTES, new DocumentForm(source, "Minutes export " + id,
                "Compte rendu.", "en", Visibility.COMPANY, Set.of(), Set.of(), null,
                KindFields.EMPTY.withMeeting(LocalDate.of(2026, 3, 2), "Ordre du jour", Set.of(), List.of("Décision 1", "Décision 2"), List.of())));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        exporter.exportSpace(sourceSpace.id(), zip);
        Map<String, String> files = unzip(zip.toByteArray());
        assertThat(exporter.fileName(sourceSpace.id())).isEqualTo(sourceSpace.slug() + ".zip");
        assertThat(files).containsKeys(article.slug() + ".md", problem.slug() + ".md", minutes.slug() + ".md");
        assertThat(files.get(article.slug() + ".md")).startsWith("---\ntitle: Article export " + id + "\nslug: " + article.slug());

        Path archive = Files.write(temp.resolve("export.zip"), zip.toByteArray());
        ImportReport report = importer.importZip(archive, new ImportOptions(content.id(), Visibility.SPACE, "fr"), ImportProgress.NONE);
        assertThat(report.outcomes()).filteredOn(outcome -> outcome.result() == Result.SKIPPED).isEmpty();

        for (DocumentDetails original : List.of(article, problem, minutes)) {
            DocumentDetails copy = documents.findBySlug(content.id(), original.slug()).orElseThrow();
            assertThat(copy.id()).isNotEqualTo(original.id());
            assertThat(copy.title()).isEqualTo(original.title());
            assertThat(copy.body().strip()).isEqualTo(original.body().strip());
            assertThat(copy.kind()).isEqualTo(original.kind());
            assertThat(copy.language()).isEqualTo(original.language());
            assertThat(copy.visibility()).isEqualTo(original.visibility());
            assertThat(copy.tags()).isEqualTo(original.tags());
            assertThat(copy.reviewBy()).isEqualTo(original.reviewBy());
            assertThat(copy.fields()).isEqualTo(original.fields());
        }
        ImportReport again = importer.importZip(archive, new ImportOptions(content.id(), Visibility.SPACE, "fr"), ImportProgress.NONE);
        assertThat(again.outcomes()).filteredOn(outcome -> outcome.result() != Result.UNCHANGED).isEmpty();
    }

    @Test
    void anExportHoldsOnlyWhatItsReaderMayRead() throws IOException {
        As as = new As(users);
        DocumentDetails secret = documents.create(DocumentKind.ARTICLE, new DocumentForm(tech.id(), "Secret export " + id,
                "Secret.", "fr", Visibility.PEOPLE, Set.of(), Set.of(), null, KindFields.EMPTY));
        DocumentDetails open = documents.create(DocumentKind.ARTICLE, new DocumentForm(tech.id(), "Ouvert export " + id,
                "Ouvert.", "fr", Visibility.COMPANY, Set.of(), Set.of(), null, KindFields.EMPTY));

        Map<String, String> files = as.user("ines.haddad", () -> {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            exporter.exportSpace(tech.id(), zip);
            return unzip(zip.toByteArray());
        });

        assertThat(files).containsKey(open.slug() + ".md").doesNotContainKey(secret.slug() + ".md");
    }

    private SpaceSummary space(String name) {
        return documents.spaces().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, ImportOutcome> byPath(ImportReport report) {
        return report.outcomes().stream().collect(Collectors.toMap(ImportOutcome::path, Function.identity()));
    }

    private static Map<String, String> unzip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            Map<String, String> files = new java.util.LinkedHashMap<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return files;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
