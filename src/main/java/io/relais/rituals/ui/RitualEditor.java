package io.relais.rituals.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.relais.people.PersonSummary;
import io.relais.people.TeamSummary;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.Toasts;
import io.relais.rituals.ParticipantsRule;
import io.relais.rituals.RitualForm;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualService;
import io.relais.rituals.RitualSettings;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The settings of one ritual. Saving sends the version it was read at; a refused field shows its
 * translated error in place and nothing typed is lost.
 */
class RitualEditor extends FormLayout {

    private final RitualService rituals;
    private final List<TeamSummary> teams;
    private RitualSettings settings;

    private final TextField title = new TextField();
    private final TextArea purpose = new TextArea();
    private final ComboBox<DayOfWeek> day = new ComboBox<>();
    private final TimePicker time = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final RadioButtonGroup<ParticipantsRule> participants = new RadioButtonGroup<>();
    private final MultiSelectComboBox<TeamSummary> teamChoice = new MultiSelectComboBox<>();
    private final ComboBox<PersonSummary> host = new ComboBox<>();
    private final TextField dayNumbers = new TextField();
    private final TextArea template = new TextArea();
    private final Checkbox active = new Checkbox();
    private final Button save = new Button();

    RitualEditor(RitualService rituals, RitualSettings settings, List<TeamSummary> teams, List<PersonSummary> people) {
        this.rituals = rituals;
        this.settings = settings;
        this.teams = teams;
        String prefix = "ritual-" + settings.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-";
        title.setLabel(getTranslation("rituals.field.title"));
        purpose.setLabel(getTranslation("rituals.field.purpose"));
        day.setLabel(getTranslation("rituals.field.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        time.setLabel(getTranslation("rituals.field.time"));
        duration.setLabel(getTranslation("rituals.field.duration"));
        duration.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
        zone.setLabel(getTranslation("rituals.field.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        participants.setLabel(getTranslation("rituals.field.participants"));
        participants.setItems(ParticipantsRule.values());
        participants.setItemLabelGenerator(rule -> getTranslation("rituals.participants." + rule.name()));
        participants.addValueChangeListener(change -> teamChoice.setVisible(change.getValue() == ParticipantsRule.TEAMS));
        teamChoice.setLabel(getTranslation("rituals.field.teams"));
        teamChoice.setItems(teams);
        teamChoice.setItemLabelGenerator(TeamSummary::name);
        host.setLabel(getTranslation("rituals.field.host"));
        host.setItems(people);
        host.setItemLabelGenerator(PersonSummary::fullName);
        host.setClearButtonVisible(true);
        dayNumbers.setLabel(getTranslation("rituals.field.day-numbers"));
        dayNumbers.setHelperText(getTranslation("rituals.field.day-numbers.help"));
        template.setLabel(getTranslation("rituals.field.template"));
        template.setHelperText(getTranslation("rituals.field.template.help"));
        active.setLabel(getTranslation("rituals.field.active"));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        title.setId(prefix + "title");
        duration.setId(prefix + "duration");
        host.setId(prefix + "host");
        active.setId(prefix + "active");
        dayNumbers.setId(prefix + "day-numbers");
        save.setId(prefix + "save");
        boolean newcomers = settings.kind() == RitualKind.NEWCOMER_ONE_ON_ONES;
        day.setVisible(!newcomers);
        dayNumbers.setVisible(newcomers);
        host.setVisible(settings.kind() == RitualKind.FRIDAY_ALL_HANDS);
        add(title, purpose, active, day, time, duration, zone, participants, teamChoice, host, dayNumbers, template, save);
        setColspan(purpose, 2);
        setColspan(template, 2);
        show(settings);
    }

    private void show(RitualSettings shown) {
        this.settings = shown;
        title.setValue(shown.title());
        purpose.setValue(shown.purpose());
        day.setValue(shown.dayOfWeek());
        time.setValue(shown.localTime());
        duration.setValue(shown.durationMinutes());
        zone.setValue(shown.zone().getId());
        participants.setValue(shown.participants());
        teamChoice.setValue(teams.stream().filter(t -> shown.teamIds().contains(t.id())).collect(Collectors.toSet()));
        teamChoice.setVisible(shown.participants() == ParticipantsRule.TEAMS);
        host.setValue(host.getListDataView().getItems().filter(p -> Objects.equals(p.id(), shown.hostId()))
                .findFirst().orElse(null));
        dayNumbers.setValue(shown.dayNumbers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        template.setValue(shown.minutesTemplate());
        active.setValue(shown.active());
    }

    private void save() {
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            RitualForm form = new RitualForm(title.getValue(), purpose.getValue(), day.getValue(), time.getValue(),
                    duration.getValue(), zone.getValue(), participants.getValue(),
                    teamChoice.getValue().stream().map(TeamSummary::id).collect(Collectors.toSet()), template.getValue(),
                    active.getValue(), host.getValue() == null ? null : host.getValue().id(), parseDayNumbers());
            show(rituals.update(settings.id(), settings.version(), form));
            Toasts.success("rituals.saved");
        } catch (UserFacingException refusal) {
            HasValidation field = refusal.field() == null ? null : fields().get(refusal.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                field.setInvalid(true);
            } else {
                Toasts.error(refusal);
            }
        }
    }

    /** "1, 7, 30" as numbers; anything else is refused on the field, like the service's own check. */
    private List<Integer> parseDayNumbers() {
        if (settings.kind() != RitualKind.NEWCOMER_ONE_ON_ONES) {
            return List.of();
        }
        List<Integer> days = new ArrayList<>();
        for (String part : dayNumbers.getValue().split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("[0-9]{1,3}")) {
                throw new UserFacingException("dayNumbers", "rituals.error.day-numbers", 365);
            }
            days.add(Integer.valueOf(part));
        }
        return days;
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("title", title), Map.entry("purpose", purpose), Map.entry("dayOfWeek", day),
                Map.entry("localTime", time), Map.entry("durationMinutes", duration), Map.entry("zone", zone),
                Map.entry("teamIds", teamChoice), Map.entry("minutesTemplate", template), Map.entry("hostId", host),
                Map.entry("dayNumbers", dayNumbers));
    }
}
