package io.relais.docs.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.relais.docs.AttachmentService;
import io.relais.docs.AttachmentSummary;
import io.relais.docs.DocumentDetails;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The attachments of a document: download links for its readers; upload and removal for those
 * who may edit it. An upload is received and checked on the upload request's thread (the page
 * stays responsive during the checks and text extraction), then the list is refreshed through
 * {@code UI.access}; a refusal is shown translated, next to the file and as a notification.
 */
class AttachmentsPanel extends VerticalLayout {

    private final AttachmentService attachments;
    private final DocumentDetails document;
    private final Div list = new Div();

    AttachmentsPanel(AttachmentService attachments, DocumentDetails document) {
        this.attachments = attachments;
        this.document = document;
        setId("doc-attachments");
        setPadding(false);
        list.setId("doc-attachment-list");
        list.setWidthFull();
        add(new H3(getTranslation("attachments.title")), list);
        if (document.canEdit()) {
            add(upload());
        }
        refresh(attachments.list(document.id()));
    }

    private Upload upload() {
        long maxSize = attachments.maxSizeBytes();
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                try (InputStream content = event.getInputStream()) {
                    Command outcome = receive(event.getFileName(), content);
                    ui.access(outcome);
                }
            }

            @Override
            public long getFileSizeMax() {
                return maxSize;
            }
        });
        upload.setId("doc-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize));
        List<String> extensions = attachments.acceptedExtensions();
        upload.setAcceptedFileTypes(extensions.stream().map(extension -> "." + extension).toArray(String[]::new));
        upload.setI18n(i18n(maxSize, extensions));
        upload.addFileRejectedListener(rejected -> Toasts.error("attachments.error.rejected-by-browser",
                rejected.getFileName(), maxSize / (1024 * 1024), String.join(", ", extensions)));
        upload.setWidthFull();
        return upload;
    }

    /**
     * Stores one uploaded file (on the caller's thread) and answers what the page should do
     * about it, to be run with the UI locked.
     */
    Command receive(String fileName, InputStream content) {
        try {
            AttachmentSummary added = attachments.upload(document.id(), fileName, content);
            return () -> {
                refresh(attachments.list(document.id()));
                Toasts.success("attachments.added", added.fileName());
            };
        } catch (UserFacingException refusal) {
            return () -> Toasts.error(refusal);
        }
    }

    private void remove(AttachmentSummary attachment) {
        attachments.delete(attachment.id());
        refresh(attachments.list(document.id()));
        Toasts.success("attachments.removed", attachment.fileName());
    }

    private void refresh(List<AttachmentSummary> current) {
        list.removeAll();
        if (current.isEmpty()) {
            Span none = new Span(getTranslation("attachments.none"));
            none.addClassName("relais-muted");
            list.add(none);
            return;
        }
        current.forEach(attachment -> list.add(row(attachment)));
    }

    private HorizontalLayout row(AttachmentSummary attachment) {
        Anchor link = new Anchor(attachment.downloadPath(), attachment.fileName());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        Span details = new Span(getTranslation("attachments.details", size(attachment.sizeBytes()),
                attachment.uploadedBy().fullName(),
                Formats.dateTime(attachment.uploadedAt(), ZoneId.systemDefault(), getLocale())));
        details.addClassName("relais-muted");
        HorizontalLayout row = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), link, details);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("doc-attachment");
        if (document.canEdit()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove(attachment));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("attachments.remove", attachment.fileName()));
            remove.addClassName("doc-attachment-remove");
            row.add(remove);
        }
        return row;
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("attachments.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("attachments.size.kilobytes", bytes / 1024.0);
        }
        return getTranslation("attachments.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    private UploadI18N i18n(long maxSize, List<String> extensions) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachments.upload.add"))
                .setMany(getTranslation("attachments.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachments.upload.drop"))
                .setMany(getTranslation("attachments.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("attachments.error.too-large", maxSize / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("attachments.error.type-not-allowed",
                        String.join(", ", extensions)))
                .setTooManyFiles(getTranslation("attachments.upload.too-many")));
        return i18n;
    }
}
