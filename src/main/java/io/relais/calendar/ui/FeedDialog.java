package io.relais.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.relais.calendar.IcalService;
import io.relais.calendar.ImportResult;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;

/**
 * Calendars in other tools: the secret subscription address (created, shown once, replaced or
 * revoked) and the import of an .ics file into one's own calendar.
 */
class FeedDialog extends Dialog {

    final TextField address = new TextField();
    final Button create = new Button();
    final Button revoke = new Button();
    final Upload upload;

    FeedDialog(IcalService ical, Runnable changed) {
        setHeaderTitle(getTranslation("calendar.feed.title"));
        setWidth("min(40rem, 100vw)");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setId("feed-address");
        address.setVisible(false);
        create.setId("feed-create");
        revoke.setId("feed-revoke");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        create.addClickListener(click -> {
            address.setValue(ical.createFeed());
            address.setVisible(true);
            address.setHelperText(getTranslation("calendar.feed.shown-once"));
            update(ical);
        });
        revoke.addClickListener(click -> {
            ical.revokeFeed();
            address.clear();
            address.setVisible(false);
            Toasts.success("calendar.feed.revoked");
            update(ical);
        });
        update(ical);

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                ImportResult result = ical.importIntoMyCalendar(bytes);
                Toasts.success("calendar.import.done", result.created(), result.updated(), result.skipped());
                changed.run();
            } catch (UserFacingException refused) {
                Toasts.error(refused);
            }
        }))));
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        upload.setMaxFileSize(IcalService.MAX_IMPORT_BYTES);
        upload.setMaxFiles(1);
        upload.setId("ics-upload");

        add(new Paragraph(getTranslation("calendar.feed.explain")), address, new HorizontalLayout(create, revoke),
                new H4(getTranslation("calendar.import.title")), new Paragraph(getTranslation("calendar.import.explain")),
                upload);
        getFooter().add(new Button(getTranslation("calendar.close"), click -> close()));
    }

    private void update(IcalService ical) {
        boolean exists = ical.hasFeed();
        create.setText(getTranslation(exists ? "calendar.feed.replace" : "calendar.feed.create"));
        revoke.setText(getTranslation("calendar.feed.revoke"));
        revoke.setEnabled(exists);
    }
}
