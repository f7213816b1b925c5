package io.relais.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.relais.calendar.Attendee;
import io.relais.calendar.AttendeeRef;
import io.relais.calendar.CalendarRef;
import io.relais.calendar.CalendarService;
import io.relais.calendar.EventDetails;
import io.relais.calendar.EventForm;
import io.relais.calendar.EventVisibility;
import io.relais.calendar.Recurrence;
import io.relais.people.PersonService;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates an event, or changes a whole one, or "this and following" occurrences of a series.
 * Times are typed in the event's zone (by default the reader's). Refusals show on the field at
 * fault and nothing typed is lost.
 */
class EventEditor extends Dialog {

    /** A person or a team, as the attendee picker lists them. */
    record AttendeeOption(Attendee attendee, String label) {
    }

    private static final String NONE = "NONE";

    private final CalendarService service;
    private final EventDetails editing;
    private final Instant followingFrom;
    private Runnable saved = () -> { };

    final TextField title = new TextField();
    final Select<CalendarRef> calendar = new Select<>();
    final Checkbox allDay = new Checkbox();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final TextField location = new TextField();
    final TextField videoUrl = new TextField();
    final Select<EventVisibility> visibility = new Select<>();
    final MultiSelectComboBox<AttendeeOption> attendees = new MultiSelectComboBox<>();
    final Select<String> repeat = new Select<>();
    final IntegerField interval = new IntegerField();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final DatePicker until = new DatePicker();
    final TextArea description = new TextArea();
    final Button save = new Button();

    private EventEditor(CalendarService service, PersonService people, List<CalendarRef> writable, ZoneId readerZone,
            EventDetails editing, Instant followingFrom) {
        this.service = service;
        this.editing = editing;
        this.followingFrom = followingFrom;
        setHeaderTitle(getTranslation(editing == null ? "calendar.new"
                : followingFrom != null ? "calendar.edit.following" : "calendar.edit"));
        setWidth("min(44rem, 100vw)");

        title.setRequired(true);
        title.setMaxLength(200);
        title.setId("event-title");
        calendar.setItems(writable);
        calendar.setItemLabelGenerator(ref -> CalendarLabels.of(ref, this::getTranslation));
        calendar.setId("event-calendar");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        zone.setValue(readerZone.getId());
        visibility.setItems(EventVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("calendar.visibility." + v));
        visibility.setValue(EventVisibility.COMPANY);
        attendees.setItems(options(people));
        attendees.setItemLabelGenerator(AttendeeOption::label);
        repeat.setItems(NONE, "DAILY", "WEEKLY", "MONTHLY");
        repeat.setItemLabelGenerator(r -> getTranslation("calendar.repeat." + r));
        repeat.setValue(NONE);
        interval.setMin(1);
        interval.setMax(99);
        interval.setValue(1);
        interval.setStepButtonsVisible(true);
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
        description.setMaxLength(20_000);
        description.setHelperText(getTranslation("calendar.description.help"));
        description.setMinHeight("6rem");
        videoUrl.setPlaceholder("https://");

        label(title, "calendar.field.title");
        label(calendar, "calendar.field.calendar");
        label(allDay, "calendar.all-day");
        label(start, "calendar.field.start");
        label(end, "calendar.field.end");
        label(zone, "calendar.field.zone");
        label(location, "calendar.field.location");
        label(videoUrl, "calendar.field.video");
        label(visibility, "calendar.field.visibility");
        label(attendees, "calendar.field.attendees");
        label(repeat, "calendar.field.repeat");
        label(interval, "calendar.field.interval");
        label(days, "calendar.field.days");
        label(until, "calendar.field.until");
        label(description, "calendar.field.description");

        repeat.addValueChangeListener(change -> updateRepeatFields());
        updateRepeatFields();

        FormLayout form = new FormLayout(title, calendar, start, end, allDay, zone, location, videoUrl, visibility,
                attendees, repeat, interval, days, until, description);
        form.setColspan(title, 2);
        form.setColspan(attendees, 2);
        form.setColspan(days, 2);
        form.setColspan(description, 2);
        add(form);

        save.setText(getTranslation("calendar.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("event-save");
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("calendar.cancel"), click -> close()), save);
    }

    static EventEditor forNew(CalendarService service, PersonService people, List<CalendarRef> writable, ZoneId zone,
            LocalDateTime start, LocalDateTime end, boolean allDay) {
        EventEditor editor = new EventEditor(service, people, writable, zone, null, null);
        LocalDateTime from = start != null ? start : LocalDateTime.now(zone).plusHours(1).withMinute(0).withSecond(0).withNano(0);
        editor.start.setValue(from);
        editor.end.setValue(end == null ? from.plusMinutes(30) : allDay ? end.minusDays(1) : end);
        editor.allDay.setValue(allDay);
        writable.stream().filter(ref -> ref.kind() == io.relais.calendar.CalendarKind.PERSONAL).findFirst()
                .or(() -> writable.stream().findFirst()).ifPresent(editor.calendar::setValue);
        return editor;
    }

    /** Edits the whole event, or (with an occurrence) that occurrence and the following ones. */
    static EventEditor forEdit(CalendarService service, PersonService people, List<CalendarRef> writable,
            EventDetails details, Instant followingFrom, Instant occurrenceStart, Instant occurrenceEnd) {
        List<CalendarRef> choices = new ArrayList<>(writable);
        if (choices.stream().noneMatch(ref -> ref.id() == details.calendar().id())) {
            choices.add(details.calendar());
        }
        EventEditor editor = new EventEditor(service, people, choices, details.zone(), details, followingFrom);
        editor.title.setValue(details.title());
        editor.calendar.setValue(choices.stream().filter(ref -> ref.id() == details.calendar().id()).findFirst().orElseThrow());
        Instant from = followingFrom != null ? occurrenceStart : details.start();
        Instant to = followingFrom != null ? occurrenceEnd : details.end();
        editor.start.setValue(LocalDateTime.ofInstant(from, details.zone()));
        LocalDateTime last = LocalDateTime.ofInstant(to, details.zone());
        editor.end.setValue(details.allDay() ? last.minusDays(1) : last);
        editor.allDay.setValue(details.allDay());
        editor.zone.setValue(details.zone().getId());
        editor.location.setValue(details.location() == null ? "" : details.location());
        editor.videoUrl.setValue(details.videoUrl() == null ? "" : details.videoUrl());
        editor.visibility.setValue(details.visibility());
        editor.description.setValue(details.description() == null ? "" : details.description());
        List<Attendee> invited = details.attendees().stream().map(AttendeeRef::attendee).toList();
        editor.attendees.getListDataView().getItems().filter(option -> invited.contains(option.attendee()))
                .forEach(editor.attendees::select);
        Recurrence.parse(details.rrule(), details.zone()).ifPresent(recurrence -> {
            editor.repeat.setValue(recurrence.frequency().name());
            editor.interval.setValue(recurrence.interval());
            editor.days.setValue(recurrence.byDay());
            editor.until.setValue(recurrence.until());
        });
        return editor;
    }

    void onSaved(Runnable action) {
        this.saved = action;
    }

    void save() {
        clearErrors();
        try {
            EventForm form = form();
            if (editing == null) {
                service.create(form);
            } else if (followingFrom != null) {
                service.updateFollowing(editing.id(), editing.version(), followingFrom, form);
            } else {
                service.update(editing.id(), editing.version(), form);
            }
            Toasts.success("calendar.saved");
            close();
            saved.run();
        } catch (UserFacingException refused) {
            showError(refused);
        }
    }

    private EventForm form() {
        if (calendar.getValue() == null) {
            throw new UserFacingException("calendar", "calendar.error.required");
        }
        Recurrence recurrence = null;
        if (!NONE.equals(repeat.getValue())) {
            recurrence = new Recurrence(Recurrence.Frequency.valueOf(repeat.getValue()),
                    interval.getValue() == null ? 1 : Math.max(1, Math.min(99, interval.getValue())),
                    "WEEKLY".equals(repeat.getValue()) ? days.getValue() : null, until.getValue(), null);
        }
        LocalDateTime from = start.getValue();
        LocalDateTime to = end.getValue();
        if (allDay.getValue() && from != null && to != null) {
            // the pickers show the last day; the form counts to midnight after it
            to = to.toLocalDate().plusDays(1).atStartOfDay();
        }
        ZoneId eventZone;
        try {
            eventZone = ZoneId.of(zone.getValue());
        } catch (RuntimeException e) {
            throw new UserFacingException("zone", "calendar.error.zone");
        }
        List<Attendee> invited = attendees.getSelectedItems().stream().map(AttendeeOption::attendee).toList();
        return new EventForm(calendar.getValue().id(), title.getValue(), description.getValue(), from, to, eventZone,
                allDay.getValue(), location.getValue(), videoUrl.getValue(), visibility.getValue(), invited, recurrence,
                editing == null ? null : editing.organiser() == null ? null : editing.organiser().id(),
                editing == null ? null : editing.source());
    }

    private void showError(UserFacingException refused) {
        Map<String, HasValidation> fields = Map.of("title", title, "start", start, "end", end, "zone", zone,
                "location", location, "videoUrl", videoUrl, "attendees", attendees, "recurrence", until,
                "description", description, "calendar", calendar);
        HasValidation field = refused.field() == null ? null : fields.get(refused.field());
        String message = getTranslation(refused.messageKey(), refused.arguments());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Toasts.error(refused);
        }
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(title, start, end, zone, location, videoUrl, attendees, until,
                description, calendar)) {
            field.setInvalid(false);
        }
    }

    private void updateRepeatFields() {
        boolean repeating = !NONE.equals(repeat.getValue());
        interval.setVisible(repeating);
        until.setVisible(repeating);
        days.setVisible("WEEKLY".equals(repeat.getValue()));
    }

    private List<AttendeeOption> options(PersonService people) {
        List<AttendeeOption> options = new ArrayList<>();
        people.teams().forEach(team -> options.add(new AttendeeOption(Attendee.team(team.id()),
                getTranslation("calendar.team-prefix") + " " + team.name())));
        people.activePeople().forEach(person -> options.add(new AttendeeOption(Attendee.person(person.id()),
                person.fullName())));
        return options;
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
