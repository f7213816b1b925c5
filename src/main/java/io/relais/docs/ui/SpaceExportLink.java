package io.relais.docs.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.relais.docs.DocumentExportService;
import io.relais.docs.SpaceSummary;

/**
 * Downloads the chosen space as a zip of Markdown files with front matter; shown only while a
 * space is chosen. The export holds what the reader may read.
 */
class SpaceExportLink extends Anchor {

    private final DocumentExportService exporter;

    SpaceExportLink(DocumentExportService exporter) {
        this.exporter = exporter;
        add(VaadinIcon.DOWNLOAD_ALT.create());
        add(getTranslation("import.export"));
        getElement().setAttribute("title", getTranslation("import.export-help"));
        setId("docs-export");
        setVisible(false);
    }

    void show(SpaceSummary space) {
        setVisible(space != null);
        if (space == null) {
            return;
        }
        long spaceId = space.id();
        DownloadHandler zip = event -> {
            event.setFileName(exporter.fileName(spaceId));
            event.setContentType("application/zip");
            exporter.exportSpace(spaceId, event.getOutputStream());
        };
        setHref(zip, AttachmentType.DOWNLOAD);
    }
}
