package io.relais.docs.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.relais.docs.DocumentImportService;
import io.relais.docs.DocumentService;
import io.relais.docs.ImportOptions;
import io.relais.docs.ImportOutcome;
import io.relais.docs.ImportReport;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.platform.Roles;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import io.relais.platform.ui.UiAccess;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Administrators import a zip of Markdown, HTML or text files. The import runs off the UI thread
 * as the administrator; the progress bar and the report arrive by server push.
 */
@Route("admin/import")
@Menu(order = 95, title = "import.menu", icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    /** The largest archive accepted; the import itself caps what the archive unpacks to. */
    static final long MAX_UPLOAD = 256L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final long PUSH_INTERVAL_NANOS = 250_000_000L;

    private final DocumentImportService importer;
    private final ComboBox<SpaceSummary> space = new ComboBox<>();
    private final ComboBox<Visibility> visibility = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Span summary = new Span();
    private final Grid<ImportOutcome> report = new Grid<>(ImportOutcome.class, false);

    public ImportView(DocumentImportService importer, DocumentService documents) {
        this.importer = importer;
        addClassName("relais-page");
        setSizeFull();
        List<SpaceSummary> spaces = documents.writableSpaces();
        space.setItems(spaces);
        space.setItemLabelGenerator(SpaceSummary::name);
        space.setLabel(getTranslation("import.space"));
        space.setHelperText(getTranslation("import.space-help"));
        space.setClearButtonVisible(true);
        space.setId("import-space");
        spaces.stream().findFirst().ifPresent(space::setValue);
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("docs.visibility." + v));
        visibility.setLabel(getTranslation("import.visibility"));
        visibility.setValue(Visibility.SPACE);
        visibility.setId("import-visibility");
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("docs.language." + l));
        language.setLabel(getTranslation("import.language"));
        language.setHelperText(getTranslation("import.language-help"));
        language.setValue("fr");
        language.setId("import-language");

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(file.toPath())));
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, MAX_UPLOAD));
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setId("import-upload");

        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        summary.setId("import-summary");
        report.addColumn(ImportOutcome::path).setHeader(getTranslation("import.column.file")).setFlexGrow(1).setResizable(true);
        report.addColumn(o -> getTranslation("import.result." + o.result())).setHeader(getTranslation("import.column.result")).setAutoWidth(true);
        report.addColumn(o -> o.title() == null ? "" : o.title()).setHeader(getTranslation("import.column.title")).setFlexGrow(1);
        report.addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setFlexGrow(2);
        report.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        report.setVisible(false);
        report.setId("import-report");

        HorizontalLayout defaults = new HorizontalLayout(space, visibility, language);
        defaults.setAlignItems(FlexComponent.Alignment.BASELINE);
        defaults.setWrap(true);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), defaults, upload,
                progress, status, summary, report);
        setFlexGrow(1, report);
    }

    /** Starts the import of an uploaded archive in the background, as this administrator. */
    private void start(Path zip) {
        UI ui = UI.getCurrent();
        ImportOptions options = new ImportOptions(space.getValue() == null ? null : space.getValue().id(),
                visibility.getValue(), language.getValue());
        upload.clearFileList();
        upload.setVisible(false);
        report.setVisible(false);
        summary.setText("");
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setText(getTranslation("import.running"));
        Runnable job = new DelegatingSecurityContextRunnable(() -> run(ui, zip, options));
        Thread.ofVirtual().name("relais-import").start(job);
    }

    private void run(UI ui, Path zip, ImportOptions options) {
        long[] lastPush = {0};
        try {
            ImportReport result = importer.importZip(zip, options, (done, total, last) -> {
                long now = System.nanoTime();
                if (now - lastPush[0] >= PUSH_INTERVAL_NANOS || done == total) {
                    lastPush[0] = now;
                    UiAccess.asOwner(ui, () -> showProgress(done, total));
                }
            });
            UiAccess.asOwner(ui, () -> finished(result));
        } catch (UserFacingException refusal) {
            UiAccess.asOwner(ui, () -> failed(refusal));
        } catch (RuntimeException failure) {
            log.warn("Import failed", failure);
            UiAccess.asOwner(ui, () -> failed(new UserFacingException(null, "import.reason.failed",
                    failure.getClass().getSimpleName())));
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded archive {}", zip, e);
            }
        }
    }

    private void showProgress(int done, int total) {
        progress.setIndeterminate(false);
        progress.setMax(Math.max(1, total));
        progress.setValue(done);
        status.setText(getTranslation("import.progress", done, total));
    }

    private void finished(ImportReport result) {
        progress.setVisible(false);
        upload.setVisible(true);
        status.setText(getTranslation("import.finished"));
        summary.setText(getTranslation("import.summary", result.count(ImportOutcome.Result.IMPORTED),
                result.count(ImportOutcome.Result.UPDATED), result.count(ImportOutcome.Result.UNCHANGED),
                result.count(ImportOutcome.Result.SKIPPED)));
        report.setItems(result.outcomes());
        report.setVisible(true);
    }

    private void failed(UserFacingException refusal) {
        progress.setVisible(false);
        upload.setVisible(true);
        status.setText("");
        Toasts.error(refusal);
    }

    private String reason(ImportOutcome outcome) {
        return outcome.reasonKey() == null ? "" : getTranslation(outcome.reasonKey(), outcome.reasonArguments().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.menu");
    }
}
