package io.relais.demo;

import io.relais.calendar.CalendarService;
import io.relais.docs.DocumentBackfill;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.rituals.PastMeeting;
import io.relais.rituals.RitualBackfill;
import io.relais.rituals.RitualKind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rituals' history and next week, stored in batches: every Monday's trios up to next week's
 * (the trio minutes of the document history linked to theirs, next week's pre-created from the
 * template), every Friday's all-hands (agendas for the last weeks and those ahead), each
 * newcomer's 1:1s with their manager, and how each went: mostly held, some over their time
 * budget, some minutes written late, recent ones not all recorded yet.
 */
@Component
class DemoRitualHistory {

    static final String ALL_HANDS_TITLE = "Point d'agence du vendredi";
    static final LocalTime ALL_HANDS_TIME = LocalTime.of(16, 30);
    static final String AGENDA_TEMPLATE = "## Ce qui est sorti cette semaine\n\n- \n\n## Ce qu'on a appris\n\n- \n\n"
            + "## Ce qui arrive\n\n- \n\n## Questions\n\n- ";
    static final String ALL_HANDS_AGENDA = "Ce qui est sorti, ce qu'on a appris, ce qui arrive";
    static final String TRIO_TEMPLATE = "## Chacun sa semaine\n\n- \n\n## Où s'entraider\n\n- \n\n## Prochaines étapes\n\n- [ ] ";
    static final String TRIO_AGENDA = "Trois collègues de trois équipes différentes se racontent leur semaine : ce sur quoi "
            + "chacun travaille, où un coup de main aiderait.";
    static final String ONE_ON_ONE_TITLE = "Entretien d'arrivée";
    static final LocalTime ONE_ON_ONE_TIME = LocalTime.of(11, 0);
    private static final int BUDGET = 30;
    private static final int AGENDA_WEEKS = 8;
    private static final List<Integer> ONE_ON_ONE_DAYS = List.of(1, 7, 30);
    private static final List<String> SHIPPED = List.of("Refonte du site de la Maison Berthier en ligne",
            "Campagne de rentrée lancée pour Vins & Terroirs", "Nouveau tableau de bord SEO pour trois clients",
            "Charte éditoriale livrée à la mutuelle", "Audit de performance remis au client e-commerce",
            "Première newsletter mensuelle de l'agence envoyée");
    private static final List<String> COMING = List.of("Salon Vins & Terroirs mardi : qui tient le stand ?",
            "Deux arrivées la semaine prochaine", "Recette du site de la mutuelle", "Bilan trimestriel avec les clients",
            "Séminaire d'agence : votez pour le lieu", "Mise à jour de la charte de télétravail");

    private record Minutes(long id, Instant writtenAt) {
    }

    private final RitualBackfill rituals;
    private final DocumentBackfill documents;
    private final DocumentService documentService;
    private final CalendarService calendars;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Long, Long> personalCalendars = new HashMap<>();

    DemoRitualHistory(RitualBackfill rituals, DocumentBackfill documents, DocumentService documentService,
            CalendarService calendars, JdbcTemplate jdbc, Clock clock) {
        this.rituals = rituals;
        this.documents = documents;
        this.documentService = documentService;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String source(RitualKind kind) {
        return rituals.eventSource(kind);
    }

    /** Every week's trios up to this one; answers the Friday of the first trio week. */
    LocalDate trios(DemoPeople roster, DemoStory story) {
        LocalDate today = story.today();
        Instant now = clock.instant();
        List<DemoTrioRotation.Week> weeks = DemoTrioRotation.weeks(roster, today);
        Map<String, Minutes> minutes = trioMinutes(story, weeks);
        Map<String, Long> ahead = upcomingTrioMinutes(weeks, today);
        Random random = new Random(20_240_101L);
        List<DemoRitualEvents.Planned> events = new ArrayList<>();
        List<PastMeeting> meetings = new ArrayList<>();
        for (DemoTrioRotation.Week week : weeks) {
            for (int i = 0; i < week.trios().size(); i++) {
                List<DemoPeople.Member> trio = week.trios().get(i);
                String key = PastMeeting.trioKey(week.monday(), i + 1);
                Instant start = week.monday().atTime(DemoTrioMinutes.TRIO_TIME).atZone(DemoRituals.PARIS).toInstant();
                DemoPeople.Member organiser = trio.getFirst();
                events.add(new DemoRitualEvents.Planned(key, calendarOf(organiser.id()), "Trio du lundi — "
                        + trio.stream().map(DemoPeople.Member::fullName).collect(Collectors.joining(", ")), null, start,
                        end(start), organiser.id(), ids(trio.subList(1, trio.size())), "COMPANY"));
                Minutes written = minutes.get(key);
                Long document = written != null ? Long.valueOf(written.id()) : ahead.get(key);
                meetings.add(new PastMeeting(RitualKind.MONDAY_TRIOS, key, week.monday(), start, end(start), 0, document,
                        ids(trio)));
            }
        }
        store(RitualKind.MONDAY_TRIOS, events, meetings, minutes, random, now);
        return weeks.getFirst().monday().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** Every Friday's all-hands on the series, the last weeks with an agenda written before and completed after. */
    void allHands(DemoPeople roster, DemoStory story, long series, LocalDate firstFriday, DemoPeople.Member host) {
        LocalDate today = story.today();
        Instant now = clock.instant();
        Random random = new Random(20_240_202L);
        LocalDate lastFriday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        List<LocalDate> fridays = new ArrayList<>();
        for (LocalDate friday = firstFriday; !friday.isAfter(lastFriday); friday = friday.plusWeeks(1)) {
            fridays.add(friday);
        }
        List<LocalDate> past = fridays.stream().filter(friday -> friday.isBefore(today)).toList();
        Map<String, Minutes> agendas = agendas(roster, past.subList(Math.max(0, past.size() - AGENDA_WEEKS), past.size()),
                host, random);
        agendas.putAll(upcomingAgendas(fridays.subList(past.size(), fridays.size()), host));
        List<PastMeeting> meetings = new ArrayList<>();
        List<DemoRitualEvents.Outcome> outcomes = new ArrayList<>();
        for (LocalDate friday : fridays) {
            String key = PastMeeting.allHandsKey(friday);
            Instant start = friday.atTime(ALL_HANDS_TIME).atZone(DemoRituals.PARIS).toInstant();
            Minutes agenda = agendas.get(key);
            meetings.add(new PastMeeting(RitualKind.FRIDAY_ALL_HANDS, key, friday, start, end(start), series,
                    agenda == null ? null : agenda.id(), ids(roster.presentOn(friday))));
            if (!start.isBefore(now)) {
                continue;
            }
            boolean holidays = MonthDay.from(friday).isAfter(MonthDay.of(12, 21)) || MonthDay.from(friday).isBefore(MonthDay.of(1, 3));
            outcomes.add(holidays ? new DemoRitualEvents.Outcome(series, start, false, null, null, null)
                    : outcome(random, series, start, agenda, false));
        }
        rituals.record(meetings);
        rituals.adoptAllHandsSeries(series);
        new DemoRitualEvents(jdbc, DemoRituals.PARIS, now).record(outcomes);
    }

    /** The 1:1s of every newcomer with their manager, the newest arrival's still to come. */
    void oneOnOnes(DemoPeople roster) {
        Instant now = clock.instant();
        Random random = new Random(20_240_303L);
        DemoPeople.Member founder = roster.lead(DemoStory.COMPANY);
        List<DemoRitualEvents.Planned> events = new ArrayList<>();
        List<PastMeeting> meetings = new ArrayList<>();
        for (DemoPeople.Member member : roster.presentOn(LocalDate.now(clock).plusYears(1))) {
            DemoPeople.Member lead = roster.lead(member.team());
            DemoPeople.Member manager = member.equals(lead) ? founder : lead;
            if (member.equals(founder)) {
                continue;
            }
            for (int day : ONE_ON_ONE_DAYS) {
                LocalDate date = workingDay(member.start().plusDays(day - 1L));
                String key = PastMeeting.oneOnOneKey(member.id(), manager.id(), day);
                Instant start = date.atTime(ONE_ON_ONE_TIME).atZone(DemoRituals.PARIS).toInstant();
                events.add(new DemoRitualEvents.Planned(key, calendarOf(manager.id()), ONE_ON_ONE_TITLE + " — "
                        + member.fullName() + " · " + manager.fullName() + " — " + day, null, start, end(start),
                        manager.id(), List.of(member.id()), "PRIVATE"));
                meetings.add(new PastMeeting(RitualKind.NEWCOMER_ONE_ON_ONES, key, date, start, end(start), 0, null,
                        List.of(member.id(), manager.id())));
            }
        }
        store(RitualKind.NEWCOMER_ONE_ON_ONES, events, meetings, Map.of(), random, now);
    }

    /** Inserts the events, then the meetings on them, then the outcomes of those already begun. */
    private void store(RitualKind kind, List<DemoRitualEvents.Planned> events, List<PastMeeting> meetings,
            Map<String, Minutes> minutes, Random random, Instant now) {
        DemoRitualEvents writer = new DemoRitualEvents(jdbc, DemoRituals.PARIS, now);
        Map<String, Long> eventIds = writer.insert(events, source(kind));
        List<PastMeeting> linked = new ArrayList<>(meetings.size());
        List<DemoRitualEvents.Outcome> outcomes = new ArrayList<>();
        for (PastMeeting meeting : meetings) {
            long eventId = eventIds.get(meeting.key());
            linked.add(new PastMeeting(kind, meeting.key(), meeting.date(), meeting.start(), meeting.end(), eventId,
                    meeting.minutesDocumentId(), meeting.participantIds()));
            if (meeting.start().isBefore(now)) {
                boolean recent = meeting.start().isAfter(now.minus(Duration.ofDays(14)));
                outcomes.add(outcome(random, eventId, meeting.start(), minutes.get(meeting.key()), recent));
            }
        }
        rituals.record(linked);
        writer.record(outcomes);
    }

    /** Mostly held and within budget; one in six over it; recent ones not always recorded yet. */
    private static DemoRitualEvents.Outcome outcome(Random random, long eventId, Instant start, Minutes minutes,
            boolean recent) {
        Long documentId = minutes == null ? null : minutes.id();
        Instant written = minutes == null ? null : minutes.writtenAt();
        if (recent && random.nextInt(3) == 0) {
            return new DemoRitualEvents.Outcome(eventId, start, written == null ? null : true, null, documentId, written);
        }
        boolean held = written != null || random.nextInt(100) >= 6;
        Integer used = !held ? null : random.nextInt(6) == 0 ? BUDGET + 5 + random.nextInt(20) : BUDGET - random.nextInt(8);
        return new DemoRitualEvents.Outcome(eventId, start, held, used, documentId, written);
    }

    /** The minutes of the trios still ahead, pre-created from the template as the weekly planning does. */
    private Map<String, Long> upcomingTrioMinutes(List<DemoTrioRotation.Week> weeks, LocalDate today) {
        List<String> keys = new ArrayList<>();
        List<DocumentBackfill.PastDocument> past = new ArrayList<>();
        Instant now = clock.instant().minusSeconds(60);
        for (DemoTrioRotation.Week week : weeks) {
            if (!week.monday().isAfter(today)) {
                continue;
            }
            for (int i = 0; i < week.trios().size(); i++) {
                List<DemoPeople.Member> trio = week.trios().get(i);
                String title = "Trio du lundi — " + DemoText.day(week.monday()) + " — "
                        + trio.stream().map(DemoPeople.Member::fullName).collect(Collectors.joining(", "));
                KindFields fields = KindFields.EMPTY.withMeeting(week.monday(), TRIO_AGENDA,
                        trio.stream().map(DemoPeople.Member::id).collect(Collectors.toSet()), List.of(), List.of());
                past.add(new DocumentBackfill.PastDocument(DocumentKind.MINUTES, List.of(new DocumentBackfill.PastSave(
                        trio.getFirst().id(), now, form(companySpace(), title, TRIO_TEMPLATE, fields, "trio-du-lundi")))));
                keys.add(PastMeeting.trioKey(week.monday(), i + 1));
            }
        }
        List<DocumentBackfill.Backfilled> written = documents.createAll(past);
        Map<String, Long> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), written.get(i).id());
        }
        return byKey;
    }

    /** The trio minutes of the document history, by the key of the trio they belong to. */
    private Map<String, Minutes> trioMinutes(DemoStory story, List<DemoTrioRotation.Week> weeks) {
        Map<String, Minutes> byTitle = new HashMap<>();
        jdbc.query("select id, title, created_at from document where kind = 'MINUTES' and title like 'Trio du lundi — %'",
                row -> {
                    byTitle.put(row.getString(2), new Minutes(row.getLong(1), row.getTimestamp(3).toInstant()));
                });
        Map<String, Minutes> byKey = new HashMap<>();
        for (DemoTrioMinutes.TrioMinutes written : DemoDocumentPlan.trioMinutes(story, weeks).minutes()) {
            Minutes stored = byTitle.get(written.draft().title);
            if (stored != null) {
                byKey.put(PastMeeting.trioKey(written.monday(), written.number()), stored);
            }
        }
        return byKey;
    }

    /** Each agenda: started on Monday by the host, filled in during the week, completed after the meeting. */
    private Map<String, Minutes> agendas(DemoPeople roster, List<LocalDate> fridays, DemoPeople.Member host,
            Random random) {
        long space = companySpace();
        List<DocumentBackfill.PastDocument> past = new ArrayList<>();
        List<Instant> completedAt = new ArrayList<>();
        for (LocalDate friday : fridays) {
            String title = ALL_HANDS_TITLE + " — " + DemoText.day(friday);
            KindFields fields = KindFields.EMPTY.withMeeting(friday, ALL_HANDS_AGENDA, Set.of(), List.of(), List.of());
            String shipped = DemoText.pick(random, SHIPPED);
            String coming = DemoText.pick(random, COMING);
            String before = "## Ce qui est sorti cette semaine\n\n- " + shipped + "\n\n## Ce qu'on a appris\n\n- \n\n"
                    + "## Ce qui arrive\n\n- " + coming + "\n\n## Questions\n\n- ";
            String after = before.replace("## Ce qu'on a appris\n\n- ", "## Ce qu'on a appris\n\n- Écrire la recette "
                    + "avant de développer évite les allers-retours") + "\n\n## Notes\n\n- Sujets traités en 30 minutes, "
                    + "questions restantes dans les commentaires.\n";
            DemoPeople.Member editor = DemoText.pick(random, roster.presentOn(friday));
            boolean late = random.nextInt(5) == 0;
            LocalDateTime completed = late ? friday.plusDays(3).atTime(11, 0) : friday.atTime(17, 10 + random.nextInt(40));
            Instant completedInstant = completed.atZone(DemoRituals.PARIS).toInstant();
            if (completedInstant.isAfter(clock.instant())) {
                completed = friday.atTime(17, 15);
                completedInstant = completed.atZone(DemoRituals.PARIS).toInstant();
            }
            completedAt.add(completedInstant);
            Instant started = friday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atTime(9, 0)
                    .atZone(DemoRituals.PARIS).toInstant();
            past.add(new DocumentBackfill.PastDocument(DocumentKind.MINUTES, List.of(
                    new DocumentBackfill.PastSave(host.id(), started, form(space, title, before, fields, "point-d-agence")),
                    new DocumentBackfill.PastSave(editor.id(), completedInstant, form(space, title, after, fields,
                            "point-d-agence")))));
        }
        List<DocumentBackfill.Backfilled> written = documents.createAll(past);
        Map<String, Minutes> byKey = new HashMap<>();
        for (int i = 0; i < fridays.size(); i++) {
            byKey.put(PastMeeting.allHandsKey(fridays.get(i)), new Minutes(written.get(i).id(), completedAt.get(i)));
        }
        return byKey;
    }

    /** The agendas of the Fridays ahead, opened from the template for people to fill in. */
    private Map<String, Minutes> upcomingAgendas(List<LocalDate> fridays, DemoPeople.Member host) {
        Instant now = clock.instant().minusSeconds(60);
        List<DocumentBackfill.PastDocument> past = fridays.stream().map(friday -> new DocumentBackfill.PastDocument(
                DocumentKind.MINUTES, List.of(new DocumentBackfill.PastSave(host.id(), now, form(companySpace(),
                        ALL_HANDS_TITLE + " — " + DemoText.day(friday), AGENDA_TEMPLATE, KindFields.EMPTY.withMeeting(friday,
                                ALL_HANDS_AGENDA, Set.of(), List.of(), List.of()), "point-d-agence"))))).toList();
        List<DocumentBackfill.Backfilled> written = documents.createAll(past);
        Map<String, Minutes> byKey = new HashMap<>();
        for (int i = 0; i < fridays.size(); i++) {
            byKey.put(PastMeeting.allHandsKey(fridays.get(i)), new Minutes(written.get(i).id(), null));
        }
        return byKey;
    }

    private static DocumentForm form(long space, String title, String body, KindFields fields, String tag) {
        return new DocumentForm(space, title, body, "fr", Visibility.COMPANY, Set.of(tag, "rituel"), Set.of(), null, fields);
    }

    private long companySpace() {
        return documentService.spaces().stream()
                .filter(s -> s.teamId() == null && s.name().equals(DemoDocuments.COMPANY_SPACE)).findFirst()
                .map(SpaceSummary::id).orElseThrow();
    }

    private long calendarOf(long personId) {
        return personalCalendars.computeIfAbsent(personId, id -> calendars.personalCalendar(id).id());
    }

    private static Instant end(Instant start) {
        return start.plus(Duration.ofMinutes(BUDGET));
    }

    private static List<Long> ids(List<DemoPeople.Member> members) {
        return members.stream().map(DemoPeople.Member::id).toList();
    }

    private static LocalDate workingDay(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
