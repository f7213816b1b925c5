package io.relais.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.calendar.CalendarRef;
import io.relais.calendar.CalendarService;
import io.relais.calendar.IcalService;
import io.relais.calendar.Occurrence;
import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.RelaisCalendar;
import io.relais.platform.ui.Toasts;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendars one chooses (by default: the company's, one's own and one's team's) in month, week
 * or agenda view, in the reader's time zone. The browser asks for the range it shows only. Click
 * a free slot to create an event there, click an event to see (or change) it, drag it to move it
 * when allowed: the server checks every move.
 */
@Route("calendar")
@Menu(order = 25, title = "menu.calendar", icon = "vaadin:calendar")
@PermitAll
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService service;
    private final ZoneId zone;
    private final MultiSelectComboBox<CalendarRef> shown = new MultiSelectComboBox<>();
    private final RelaisCalendar calendar = new RelaisCalendar();
    private final List<CalendarRef> all;
    /** The occurrences last sent to the browser, by key: what clicks and drags refer to. */
    private final Map<String, Occurrence> sent = new HashMap<>();

    public CalendarView(CalendarService service, IcalService ical, PersonService people, CurrentUser currentUser) {
        this.service = service;
        this.zone = service.myZone();
        addClassName("relais-page");
        setSizeFull();
        all = service.calendars();
        shown.setItems(all);
        shown.setItemLabelGenerator(this::label);
        shown.setLabel(getTranslation("calendar.shown"));
        shown.setId("calendar-shown");
        shown.setWidth("28rem");
        shown.select(service.defaultCalendars());
        shown.addValueChangeListener(change -> calendar.refresh());

        Button create = new Button(getTranslation("calendar.new"), VaadinIcon.PLUS.create(),
                click -> openEditor(EventEditor.forNew(service, people, writable(), zone, null, null, false)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("calendar-new");
        Button absence = new Button(getTranslation("calendar.absence.record"), VaadinIcon.AIRPLANE.create(),
                click -> new AbsenceDialog(service, people, currentUser, calendar::refresh).open());
        absence.setId("calendar-absence");
        Button feeds = new Button(getTranslation("calendar.feed.title"), VaadinIcon.LINK.create(),
                click -> new FeedDialog(ical, calendar::refresh).open());
        feeds.setId("calendar-feeds");
        HorizontalLayout toolbar = new HorizontalLayout(shown, create, absence, feeds);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        calendar.setId("calendar");
        calendar.setCalendarLocale(getLocale());
        calendar.setEditable(true);
        calendar.setSelectable(true);
        calendar.setLabels(Map.of("allDay", getTranslation("calendar.all-day"),
                "noEvents", getTranslation("calendar.no-events")));
        calendar.setFeed(this::entries);
        calendar.setMoveHandler(this::move);
        calendar.addSelectionListener(selection -> openEditor(EventEditor.forNew(service, people, writable(), zone,
                selection.start(), selection.end(), selection.allDay())));
        calendar.addEntryClickListener(key -> {
            Occurrence occurrence = sent.get(key);
            if (occurrence != null) {
                new EventDialog(service, ical, people, occurrence, zone, writable(), this::openEditor, calendar::refresh).open();
            }
        });
        add(toolbar, calendar);
        setFlexGrow(1, calendar);
    }

    public RelaisCalendar calendar() {
        return calendar;
    }

    public MultiSelectComboBox<CalendarRef> shownCalendars() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.calendar");
    }

    private List<RelaisCalendar.Entry> entries(LocalDateTime from, LocalDateTime to) {
        Set<Long> ids = new LinkedHashSet<>();
        shown.getSelectedItems().forEach(ref -> ids.add(ref.id()));
        List<Occurrence> occurrences = service.occurrences(ids, from.atZone(zone).toInstant(), to.atZone(zone).toInstant());
        sent.clear();
        occurrences.forEach(o -> sent.put(o.key(), o));
        return occurrences.stream().map(o -> CalendarEntries.entry(o, zone, this::getTranslation)).toList();
    }

    private boolean move(RelaisCalendar.Move move) {
        Occurrence occurrence = sent.get(move.id());
        if (occurrence == null || !occurrence.editable()) {
            return false;
        }
        Instant start = move.start().atZone(zone).toInstant();
        Instant end = move.end().atZone(zone).toInstant();
        try {
            service.moveOccurrence(occurrence.eventId(), occurrence.originalStart(), start, end);
            Toasts.success("calendar.moved");
            calendar.refresh();
            return true;
        } catch (UserFacingException refused) {
            Toasts.error(refused);
            return false;
        }
    }

    private void openEditor(EventEditor editor) {
        editor.onSaved(calendar::refresh);
        editor.open();
    }

    private List<CalendarRef> writable() {
        return all.stream().filter(CalendarRef::writable).toList();
    }

    String label(CalendarRef ref) {
        return CalendarLabels.of(ref, this::getTranslation);
    }
}
