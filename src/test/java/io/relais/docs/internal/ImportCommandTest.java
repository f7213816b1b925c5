package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.DocumentImportService;
import io.relais.docs.DocumentService;
import io.relais.platform.SystemTask;
import io.relais.platform.db.PendingEvents;
import io.relais.platform.i18n.RelaisI18NProvider;
import io.relais.search.SearchHit;
import io.relais.search.SearchRequest;
import io.relais.search.SearchResults;
import io.relais.search.SearchService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The command-line import, as {@code --relais.import=...} runs it (without exiting the JVM). */
@RelaisSpringTest
class ImportCommandTest {

    @Autowired
    DocumentImportService importer;
    @Autowired
    DocumentService documents;
    @Autowired
    PendingEvents pendingEvents;
    @Autowired
    SearchService search;
    @Autowired
    UserDetailsService users;
    @Autowired
    RelaisI18NProvider i18n;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    @Test
    void importsAFolderAsTheNamedAdministratorAndReportsEachFile() throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(folder.resolve("cli-" + id + ".md"), "# Ligne de commande " + id + "\n\nTexte.");
        Files.writeString(folder.resolve("cli-bad-" + id + ".md"), "---\nvisibility: secret\n---\nx");

        Result first = run(folder.toString(), "julien.mercier@canopee.fr");
        Result second = run(folder.toString(), "julien.mercier@canopee.fr");

        assertThat(first.status()).as("a skipped file makes the status 2").isEqualTo(2);
        assertThat(first.output()).contains("IMPORTED  cli-" + id + ".md")
                .contains("SKIPPED   cli-bad-" + id + ".md: visibility cannot be secret")
                .containsPattern("Done in [\\d.]+ s: 1 imported, 0 updated, 0 unchanged, 1 skipped")
                .containsPattern("Searchable [\\d.]+ s later")
                .containsPattern("Heap in use after a full collection: \\d+ MiB before, \\d+ MiB after");
        assertThat(second.output()).contains("UNCHANGED cli-" + id + ".md");
        SearchResults found = new As(users).user("julien.mercier", () -> search.search(
                SearchRequest.of("\"Ligne de commande " + id + "\""), SearchService.Channel.UI));
        assertThat(found.hits()).as("searchable as soon as the command has returned, without waiting")
                .extracting(SearchHit::title).containsExactly("Ligne de commande " + id);
    }

    @Test
    void refusesAnOwnerWhoIsNotAnAdministratorOrAMissingFolder() {
        assertThat(run(folder.toString(), "lucas.bernard@canopee.fr").output()).contains("is not an enabled administrator");
        assertThat(run(folder.toString(), "").status()).isEqualTo(1);
        Result missing = run(folder.resolve("missing").toString(), "julien.mercier@canopee.fr");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.output()).contains("There is no folder at");
    }

    private Result run(String path, String owner) {
        ImportCommand command = new ImportCommand(importer, documents, pendingEvents, users, i18n, context, path, owner,
                "Tech & Data", "SPACE", "fr");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SystemTask.runAs(java.util.List.of(), () -> command.run(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {
    }
}
