package io.relais.rituals.internal;

import io.relais.rituals.ParticipantsRule;
import io.relais.rituals.RitualKind;
import io.relais.rituals.RitualSettings;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A ritual's configuration; one row per {@link RitualKind}, created by the migration. */
@Entity
@Table(name = "ritual")
public class Ritual {

    /** The values {@link #configure} takes, already checked. */
    public record Values(String title, String purpose, DayOfWeek dayOfWeek, LocalTime localTime, int durationMinutes,
            ZoneId zone, ParticipantsRule participants, Set<Long> teamIds, String minutesTemplate, boolean active,
            Long hostId, List<Integer> dayNumbers) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private RitualKind kind;

    private String title;
    private String purpose;

    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;

    @Convert(converter = WallClockTime.class)
    private LocalTime localTime;
    private int durationMinutes;
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private ParticipantsRule participants;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ritual_team", joinColumns = @JoinColumn(name = "ritual_id"))
    @Column(name = "team_id")
    private Set<Long> teamIds = new HashSet<>();

    private String minutesTemplate;
    private boolean active;
    private Long hostId;
    private String dayNumbers;
    private Long seriesEventId;
    private Instant updatedAt;

    @Version
    private long version;

    protected Ritual() {
    }

    public void configure(Values values, Instant now) {
        this.title = values.title();
        this.purpose = values.purpose();
        this.dayOfWeek = values.dayOfWeek();
        this.localTime = values.localTime();
        this.durationMinutes = values.durationMinutes();
        this.timeZone = values.zone().getId();
        this.participants = values.participants();
        this.teamIds.clear();
        if (values.participants() == ParticipantsRule.TEAMS) {
            this.teamIds.addAll(values.teamIds());
        }
        this.minutesTemplate = values.minutesTemplate();
        this.active = values.active();
        this.hostId = values.hostId();
        this.dayNumbers = values.dayNumbers().isEmpty() ? null
                : values.dayNumbers().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    /** Remembers the calendar series the all-hands currently runs on. */
    public void planOn(Long seriesId) {
        this.seriesEventId = seriesId;
    }

    public RitualSettings settings() {
        List<Integer> days = dayNumbers == null || dayNumbers.isBlank() ? List.of()
                : Arrays.stream(dayNumbers.split(",")).map(String::trim).map(Integer::valueOf).toList();
        return new RitualSettings(id, version, kind, title, purpose, dayOfWeek, localTime, durationMinutes,
                ZoneId.of(timeZone), participants, teamIds, minutesTemplate, active, hostId, days);
    }

    public Long getId() {
        return id;
    }

    public RitualKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version;
    }

    public Long getSeriesEventId() {
        return seriesEventId;
    }
}
