package io.relais.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.relais.calendar.CalendarRef;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventLinks;
import io.relais.calendar.IcalService;
import io.relais.calendar.Occurrence;
import io.relais.people.PersonService;
import io.relais.platform.CurrentUser;
import io.relais.platform.NotFoundException;
import io.relais.platform.RelaisPrincipal;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.RelaisCalendar;
import io.relais.platform.ui.Toasts;
import io.relais.todo.TodoService;
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
 * when allowed: the server checks every move. A link {@code /calendar?event=12&at=...} ({@link
 * EventLinks}) opens on that occurrence's date with its details.
 */
@Route("calendar")
@Menu(order = 25, title = "menu.calendar", icon = "vaadin:calendar")
@PermitAll
public class CalendarView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CalendarService service;
    private final IcalService ical;
    private final PersonService people;
    private final TodoService todos;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private final MultiSelectComboBox<CalendarRef> shown = new MultiSelectComboBox<>();
    private final RelaisCalendar calendar = new RelaisCalendar();
    private final List<CalendarRef> all;
    /** The occurrences last sent to the browser, by key: what clicks and drags refer to. */
    private final Map<String, Occurrence> sent = new HashMap<>();

    public CalendarView(CalendarService service, IcalService ical, PersonService people, TodoService todos,
            CurrentUser currentUser) {
        this.service = service;
        this.ical = ical;
        this.people = people;
        this.todos = todos;
        this.currentUser = currentUser;
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
                details(occurrence).open();
            }
        });
        add(toolbar, calendar);
        setFlexGrow(1, calendar);
    }

    /** A link to an event: the calendar opens on the occurrence's date, with its details open. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(EventLinks.EVENT_PARAMETER).ifPresent(eventId -> EventLinks
                .parse(eventId, query.getSingleParameter(EventLinks.AT_PARAMETER).orElse(null))
                .ifPresentOrElse(this::openLinked, () -> Toasts.error("calendar.link.unavailable")));
    }

    private void openLinked(EventLinks.Target target) {
        Occurrence occurrence;
        try {
            occurrence = service.occurrence(target.eventId(), target.originalStart());
        } catch (NotFoundException unknownOrGone) {
            // the same words whether it never existed or was deleted: a link tells nothing more
            Toasts.error("calendar.link.unavailable");
            return;
        }
        EventDialog dialog = details(occurrence);
        calendar.setDate(dialog.day());
        if (!dialog.details().busyOnly()) {
            all.stream().filter(ref -> ref.id() == dialog.details().calendar().id()).findFirst().ifPresent(shown::select);
        }
        dialog.open();
    }

    private EventDialog details(Occurrence occurrence) {
        EventDialog dialog = new EventDialog(service, ical, people, occurrence, zone, writable(), this::openEditor,
                calendar::refresh);
        // technical accounts have no to-do list
        return currentUser.get().map(RelaisPrincipal::personId).isPresent()
                ? dialog.withAddToTodos(todos) : dialog;
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
