package io.relais.platform.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A calendar drawn by FullCalendar 6 in the browser ({@code <relais-calendar>} from {@code
 * frontend/}), driven from typed Java: month, week or agenda view, entries fetched lazily for the
 * range the browser shows through a {@link Feed}, and listeners for dragging an entry, selecting
 * a free slot and clicking an entry. Times are local wall-clock times of the zone the caller
 * chose (the reader's): the browser shows them as they are. Colours come from Lumo.
 */
@Tag("relais-calendar")
@JavaScript("context://relais/relais-calendar.js")
public class RelaisCalendar extends Component implements HasSize {

    /** The views people switch between. */
    public enum View {
        MONTH("dayGridMonth"), WEEK("timeGridWeek"), AGENDA("listWeek");

        private final String fullCalendarName;

        View(String fullCalendarName) {
            this.fullCalendarName = fullCalendarName;
        }
    }

    /**
     * One entry as shown: an id the server understands, local start and end (end exclusive; for
     * all-day entries midnight after the last day), whether it may be dragged, style classes
     * ({@code relais-busy}, {@code relais-absence}, ...) and a tooltip.
     */
    public record Entry(String id, String title, LocalDateTime start, LocalDateTime end, boolean allDay,
            boolean editable, List<String> classNames, String tooltip) {
        public Entry {
            Objects.requireNonNull(id);
            classNames = classNames == null ? List.of() : List.copyOf(classNames);
        }
    }

    /** Supplies the entries overlapping [from, to) in local time; never asked for more than a view shows. */
    @FunctionalInterface
    public interface Feed {
        List<Entry> entries(LocalDateTime from, LocalDateTime to);
    }

    /** An entry dragged or resized to new local times; answer whether the move was accepted. */
    public record Move(String id, LocalDateTime start, LocalDateTime end, boolean allDay) {
    }

    /** A free range selected (or clicked) in the calendar. */
    public record Selection(LocalDateTime start, LocalDateTime end, boolean allDay) {
    }

    @FunctionalInterface
    public interface MoveHandler {
        boolean moved(Move move);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private View view = View.WEEK;
    private Locale locale = Locale.FRENCH;
    private LocalDate date;
    private boolean editable;
    private boolean selectable;
    private Map<String, String> labels = Map.of();
    private Feed feed = (from, to) -> List.of();
    private MoveHandler moveHandler = move -> false;
    private final List<Consumer<Selection>> selectionListeners = new ArrayList<>();
    private final List<Consumer<String>> clickListeners = new ArrayList<>();

    public RelaisCalendar() {
        setWidthFull();
        update();
    }

    public RelaisCalendar setView(View newView) {
        this.view = Objects.requireNonNull(newView);
        return update();
    }

    public View getView() {
        return view;
    }

    public RelaisCalendar setCalendarLocale(Locale newLocale) {
        this.locale = Objects.requireNonNull(newLocale);
        return update();
    }

    /** Shows the period holding this date. */
    public RelaisCalendar setDate(LocalDate newDate) {
        this.date = newDate;
        return update();
    }

    /** Whether entries marked editable may be dragged and resized. */
    public RelaisCalendar setEditable(boolean newEditable) {
        this.editable = newEditable;
        return update();
    }

    /** Whether people may select free slots (to create an entry there). */
    public RelaisCalendar setSelectable(boolean newSelectable) {
        this.selectable = newSelectable;
        return update();
    }

    /** Texts FullCalendar shows that its locale does not cover ({@code allDay}, {@code noEvents}). */
    public RelaisCalendar setLabels(Map<String, String> newLabels) {
        this.labels = Map.copyOf(newLabels);
        return update();
    }

    public void setFeed(Feed newFeed) {
        this.feed = Objects.requireNonNull(newFeed);
    }

    public void setMoveHandler(MoveHandler handler) {
        this.moveHandler = Objects.requireNonNull(handler);
    }

    public void addSelectionListener(Consumer<Selection> listener) {
        selectionListeners.add(listener);
    }

    public void addEntryClickListener(Consumer<String> listener) {
        clickListeners.add(listener);
    }

    /** Makes the browser ask for its visible range again. */
    public void refresh() {
        getElement().callJsFunction("refetch");
    }

    /** The JSON the browser element receives (also what tests can inspect). */
    public String getConfigJson() {
        return getElement().getProperty("config");
    }

    /** The entries the browser gets for a range (what {@code fetch} answers; also for tests). */
    public List<Entry> entries(LocalDateTime from, LocalDateTime to) {
        return feed.entries(from, to);
    }

    @ClientCallable
    String fetch(String from, String to) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Entry entry : feed.entries(parse(from), parse(to))) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", entry.id());
            event.put("title", entry.title());
            event.put("start", entry.allDay() ? entry.start().toLocalDate().toString() : entry.start().format(LOCAL));
            event.put("end", entry.allDay() ? entry.end().toLocalDate().toString() : entry.end().format(LOCAL));
            event.put("allDay", entry.allDay());
            event.put("editable", editable && entry.editable());
            event.put("classNames", entry.classNames());
            event.put("extendedProps", entry.tooltip() == null ? Map.of() : Map.of("tooltip", entry.tooltip()));
            events.add(event);
        }
        return JSON.writeValueAsString(events);
    }

    @ClientCallable
    boolean moved(String id, String start, String end, boolean allDay) {
        LocalDateTime from = parse(start);
        LocalDateTime to = end == null ? (allDay ? from.plusDays(1) : from.plusHours(1)) : parse(end);
        return simulateMove(new Move(id, from, to, allDay));
    }

    @ClientCallable
    void selected(String start, String end, boolean allDay) {
        simulateSelection(new Selection(parse(start), parse(end), allDay));
    }

    @ClientCallable
    void clicked(String id) {
        simulateClick(id);
    }

    /** What the browser reports when a person drags an entry (public for browserless tests). */
    public boolean simulateMove(Move move) {
        return moveHandler.moved(move);
    }

    public void simulateSelection(Selection selection) {
        selectionListeners.forEach(listener -> listener.accept(selection));
    }

    public void simulateClick(String id) {
        clickListeners.forEach(listener -> listener.accept(id));
    }

    /** "2026-03-23", "2026-03-23T09:00", "2026-03-23T09:00:00" (offsets already removed by the element). */
    static LocalDateTime parse(String value) {
        String text = value.replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", "");
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    }

    private RelaisCalendar update() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("view", view.fullCalendarName);
        config.put("locale", locale.getLanguage());
        config.put("date", date == null ? null : date.toString());
        config.put("editable", editable);
        config.put("selectable", selectable);
        config.put("firstDay", 1);
        config.put("labels", labels);
        getElement().setProperty("config", JSON.writeValueAsString(config));
        return this;
    }
}
