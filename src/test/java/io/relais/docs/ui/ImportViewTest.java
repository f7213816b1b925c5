package io.relais.docs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import io.relais.RelaisSpringTest;
import io.relais.docs.DocumentService;
import io.relais.docs.ImportOutcome;
import io.relais.docs.SpaceSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** An administrator uploads a zip, watches it import and reads the report; a reader exports a space. */
@RelaisSpringTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    DocumentService documents;

    /** What signing in does in a browser: pushes from the import run as the session's user. */
    @BeforeEach
    void keepSecurityContextInTheSession() {
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }

    @Test
    @WithUserDetails("julien.mercier@canopee.fr")
    @SuppressWarnings("unchecked")
    void anAdministratorImportsAZipAndReadsTheReport() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        navigate(ImportView.class);
        ComboBox<SpaceSummary> space = $(ComboBox.class).id("import-space");
        SpaceSummary tech = space.getListDataView().getItems().filter(s -> s.name().equals("Tech & Data")).findFirst().orElseThrow();
        test(space).selectItem(tech.name());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("vue-" + id + ".md", "# Import par la vue " + id + "\n\nTexte.");
        files.put("../evil-" + id + ".md", "x");
        files.put("bad-" + id + ".md", "---\nkind: poem\n---\nx");

        test($(Upload.class).id("import-upload")).upload("docs.zip", "application/zip", zip(files));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!$(Grid.class).withId("import-report").exists() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            roundTrip();
        }

        assertThat($(Grid.class).withId("import-report").exists()).as("the report arrived by push").isTrue();
        Grid<ImportOutcome> report = $(Grid.class).id("import-report");
        assertThat($(ProgressBar.class).withId("import-progress").exists()).as("progress bar hidden again").isFalse();
        assertThat($(Span.class).id("import-summary").getText()).isEqualTo(UI.getCurrent().getTranslation("import.summary", 1, 0, 0, 2));
        assertThat(test(report).size()).isEqualTo(3);
        assertThat(test(report).getCellText(0, 0)).isEqualTo("vue-" + id + ".md");
        assertThat(test(report).getCellText(0, 1)).isEqualTo(UI.getCurrent().getTranslation("import.result.IMPORTED"));
        assertThat(test(report).getCellText(1, 3)).isEqualTo(UI.getCurrent().getTranslation("import.reason.unsafe-path"));
        assertThat(test(report).getCellText(2, 3)).contains("poem");
        assertThat(documents.findBySlug(tech.id(), "vue-" + id)).hasValueSatisfying(doc ->
                assertThat(doc.title()).isEqualTo("Import par la vue " + id));
    }

    @Test
    @WithUserDetails("lucas.bernard@canopee.fr")
    @SuppressWarnings("unchecked")
    void aReaderExportsTheChosenSpace() throws IOException {
        navigate(DocumentsView.class);
        assertThat($(Anchor.class).withId("docs-export").exists()).as("no space chosen yet").isFalse();
        ComboBox<SpaceSummary> space = $(ComboBox.class).id("docs-space");
        test(space).selectItem("Tech & Data");

        Anchor export = $(Anchor.class).id("docs-export");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        test(export).download(zip);

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
            ZipEntry first = in.getNextEntry();
            assertThat(first).isNotNull();
            assertThat(first.getName()).endsWith(".md");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("---\ntitle: ");
        }
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
