package io.relais.calendar.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.relais.calendar.AttendeeRef;
import io.relais.calendar.CalendarRef;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventDetails;
import io.relais.calendar.EventLinks;
import io.relais.calendar.IcalLabels;
import io.relais.calendar.IcalService;
import io.relais.calendar.Occurrence;
import io.relais.people.PersonService;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.Toasts;
import io.relais.todo.TodoForm;
import io.relais.todo.TodoService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One occurrence: what it is (or only "busy"), when in the reader's zone (and in the event's own
 * zone when they differ), where, who; and what the reader may do with it: change it (all, or
 * this and the following ones), cancel this occurrence, delete it, download it as .ics, put it
 * on their to-do list.
 */
class EventDialog extends Dialog {

    private final EventDetails details;
    private final Occurrence occurrence;
    private final ZoneId zone;

    EventDialog(CalendarService service, IcalService ical, PersonService people, Occurrence occurrence, ZoneId zone,
            List<CalendarRef> writable, Consumer<EventEditor> openEditor, Runnable changed) {
        this.details = service.event(occurrence.eventId());
        this.occurrence = occurrence;
        this.zone = zone;
        setHeaderTitle(details.busyOnly() ? getTranslation("calendar.busy") : details.title());
        setWidth("min(36rem, 100vw)");
        Div body = new Div();
        body.setId("event-details");
        body.add(new Paragraph(when(occurrence, details, zone)));
        if (details.recurring()) {
            body.add(new Paragraph(VaadinIcon.REFRESH.create(), new Span(" " + getTranslation("calendar.recurring"))));
        }
        if (!details.busyOnly()) {
            if (details.location() != null) {
                body.add(new Paragraph(VaadinIcon.MAP_MARKER.create(), new Span(" " + details.location())));
            }
            if (details.videoUrl() != null) {
                Anchor link = new Anchor(details.videoUrl(), getTranslation("calendar.join-video"));
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                body.add(new Paragraph(VaadinIcon.CAMERA.create(), new Span(" "), link));
            }
            if (details.organiser() != null) {
                body.add(new Paragraph(getTranslation("calendar.organiser", details.organiser().fullName())));
            }
            if (!details.attendees().isEmpty()) {
                body.add(new Paragraph(getTranslation("calendar.attendees",
                        details.attendees().stream().map(AttendeeRef::name).collect(Collectors.joining(", ")))));
            }
            if (details.descriptionHtml() != null && !details.descriptionHtml().isBlank()) {
                // sanitized by the Markdown renderer: safe to insert as HTML
                body.add(new Html("<div class=\"relais-markdown\">" + details.descriptionHtml() + "</div>"));
            }
        }
        add(body);

        String ics = ical.exportEvent(details.id(), IcalLabels.translated(this::getTranslation));
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "event-" + details.id() + ".ics", "text/calendar", bytes.length)),
                getTranslation("calendar.download"));
        download.setId("event-download");
        getFooter().add(download);

        if (details.editable()) {
            Button edit = new Button(getTranslation(details.recurring() ? "calendar.edit.all" : "calendar.edit"), click -> {
                close();
                openEditor.accept(EventEditor.forEdit(service, people, writable, details, null, null, null));
            });
            edit.setId("event-edit");
            getFooter().add(edit);
            if (details.recurring()) {
                Button following = new Button(getTranslation("calendar.edit.following"), click -> {
                    close();
                    openEditor.accept(EventEditor.forEdit(service, people, writable, details,
                            occurrence.originalStart(), occurrence.start(), occurrence.end()));
                });
                following.setId("event-edit-following");
                Button cancel = new Button(getTranslation("calendar.cancel-occurrence"),
                        click -> act(() -> service.cancelOccurrence(details.id(), occurrence.originalStart()), changed));
                cancel.setId("event-cancel-occurrence");
                getFooter().add(following, cancel);
            }
            Button delete = new Button(getTranslation("calendar.delete"),
                    click -> act(() -> service.delete(details.id()), changed));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("event-delete");
            getFooter().add(delete);
        }
        getFooter().add(new Button(getTranslation("calendar.close"), click -> close()));
    }

    /**
     * Lets the reader put this occurrence on their to-do list (to prepare it, say), due that day
     * and linked back to it; not for an event they may only know as "busy".
     */
    EventDialog withAddToTodos(TodoService todos) {
        if (details.busyOnly()) {
            return this;
        }
        Button add = new Button(getTranslation("calendar.add-todo"), VaadinIcon.CHECK_SQUARE_O.create(), click -> {
            todos.add(new TodoForm(details.title(), day(), EventLinks.of(occurrence), details.title()));
            Toasts.success("calendar.todo-added");
            close();
        });
        add.setId("event-add-todo");
        getFooter().add(add);
        return this;
    }

    /**
     * The occurrence's day: in the reader's zone, but for an all-day occurrence its dates where it
     * was planned, as the calendar draws it.
     */
    LocalDate day() {
        return LocalDate.ofInstant(occurrence.start(), occurrence.allDay() ? details.zone() : zone);
    }

    /** The event as the reader may see it. */
    EventDetails details() {
        return details;
    }

    private void act(Runnable action, Runnable changed) {
        try {
            action.run();
            Toasts.success("calendar.saved");
            close();
            changed.run();
        } catch (UserFacingException refused) {
            Toasts.error(refused);
        }
    }

    private String when(Occurrence occurrence, EventDetails details, ZoneId zone) {
        if (occurrence.allDay()) {
            var first = occurrence.start().atZone(details.zone()).toLocalDate();
            var last = occurrence.end().atZone(details.zone()).toLocalDate().minusDays(1);
            return first.equals(last) ? Formats.longDate(first, getLocale())
                    : Formats.longDate(first, getLocale()) + " – " + Formats.longDate(last, getLocale());
        }
        String here = Formats.dateTime(occurrence.start(), zone, getLocale()) + " – "
                + Formats.time(occurrence.end(), zone, getLocale());
        if (details.zone().equals(zone)) {
            return here;
        }
        return here + " (" + getTranslation("calendar.in-event-zone", details.zone().getId(),
                Formats.dateTime(occurrence.start(), details.zone(), getLocale())) + ")";
    }
}
