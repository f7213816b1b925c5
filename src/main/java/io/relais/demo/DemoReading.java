package io.relais.demo;

import io.relais.platform.RelaisProperties;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the agency read its documents over three years: views (simulated by {@link DemoReaders}),
 * upvotes, private "was this helpful?" notes and comments with mentions, over whatever demo
 * documents exist, so the reading insights and every document's figures have a story to tell.
 * Tens of thousands of rows, so they are written directly with multi-row inserts rather than
 * through the services (which record one view at a time); comments and upvotes get their
 * backdated activity records the same way. Reminders for review dates long past are marked sent,
 * so the first start does not bury owners under three years of reminders.
 */
@Component
@Profile("!prod")
@Order(90)
class DemoReading implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReading.class);
    private static final int ROWS_PER_INSERT = 1000;

    private static final List<String> GOOD_REASONS = List.of(
            "Exactement ce qu'il me fallait pour mon premier projet.",
            "Clair et concret, les exemples aident beaucoup.",
            "J'ai pu répondre au client dans la foulée, merci !",
            "La check-list m'a évité un oubli en recette.",
            "Enfin une explication simple, je la partage à l'équipe.",
            "");
    private static final List<String> POOR_REASONS = List.of(
            "Les captures d'écran ne correspondent plus à l'outil actuel.",
            "Il manque la partie sur les accès et les mots de passe.",
            "Trop long : un résumé en haut aiderait.",
            "Le lien vers le modèle est cassé.");
    private static final List<String> COMMENTS = List.of(
            "Merci @%s, je m'en sers pour le client de la semaine prochaine.",
            "@%s est-ce que c'est toujours d'actualité depuis le changement d'outil ?",
            "Très utile. J'ajouterais un exemple de **planning type** en annexe.",
            "On l'a appliqué sur le projet en cours, ça marche bien. @%s tu pourras relire la partie budget ?",
            "Petite coquille dans le tableau : la durée est de 30 min, pas 20.",
            "Je propose qu'on en parle au prochain trio du lundi, @%s qu'en penses-tu ?",
            "Top, je l'ajoute au parcours d'intégration des nouveaux.",
            "@%s j'ai mis à jour le lien vers le modèle, tu peux vérifier ?");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RelaisProperties properties;
    private final Clock clock;

    DemoReading(JdbcTemplate jdbc, TransactionTemplate transaction, RelaisProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !DemoTables.isEmpty(jdbc, "document_view_day") || DemoTables.isEmpty(jdbc, "document")) {
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> create());
        log.info("Demo reading history created in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void create() {
        Random random = new Random(20_240_901L);
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        List<DemoReaders.Doc> docs = documents(zone);
        List<DemoReaders.Reader> readers = jdbc.query("select id, team_id, start_date from person where active = true",
                (row, n) -> new DemoReaders.Reader(row.getLong(1), (Long) row.getObject(2, Long.class),
                        row.getDate(3).toLocalDate()));
        Map<Long, String> handles = jdbc.query("select id, email from person where active = true", (row, n) ->
                Map.entry(row.getLong(1), row.getString(2).substring(0, row.getString(2).indexOf('@'))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, DemoReaders.Doc> byId = docs.stream().collect(Collectors.toMap(DemoReaders.Doc::id, d -> d));

        DemoReaders.History history = new DemoReaders(docs, readers, staleFavourites(docs, today), random)
                .simulate(today.minusYears(3), today);
        List<Object[]> dayRows = new ArrayList<>();
        history.days().forEach((documentId, days) -> days.forEach((day, counted) ->
                dayRows.add(new Object[] {documentId, Date.valueOf(day), counted.views, counted.uniqueViewers})));
        insert("insert into document_view_day (document_id, day, views, unique_viewers)", 4, dayRows);
        insert("insert into document_viewer_day (document_id, person_id, day)", 3, history.viewerDays().stream()
                .map(row -> new Object[] {row[0], row[1], Date.valueOf(LocalDate.ofEpochDay(row[2]))}).toList());

        List<Object[]> upvotes = new ArrayList<>();
        List<Object[]> notes = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        List<Object[]> activity = new ArrayList<>();
        history.firstRead().forEach((documentId, firstReads) -> {
            DemoReaders.Doc doc = byId.get(documentId);
            // the more a document is read, the likelier each reader finds it worth an upvote
            double upvoteChance = Math.min(0.45, 0.04 + firstReads.size() / 120.0);
            firstReads.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(read -> {
                Timestamp at = at(read.getValue().plusDays(random.nextInt(3)), random);
                if (random.nextDouble() < upvoteChance) {
                    upvotes.add(new Object[] {documentId, read.getKey(), at});
                    activity.add(new Object[] {at, read.getKey(), "UPVOTED", "DOCUMENT", documentId, doc.teamId()});
                }
                if (random.nextDouble() < 0.03) {
                    boolean helpful = random.nextDouble() < 0.75;
                    List<String> reasons = helpful ? GOOD_REASONS : POOR_REASONS;
                    notes.add(new Object[] {documentId, read.getKey(), helpful, reasons.get(random.nextInt(reasons.size())), at});
                    activity.add(new Object[] {at, read.getKey(), "HELPFUL_NOTE", "DOCUMENT", documentId, doc.teamId()});
                }
                if (random.nextDouble() < 0.025) {
                    String text = COMMENTS.get(random.nextInt(COMMENTS.size()));
                    String mentioned = handles.getOrDefault(doc.ownerId(), "claire.fontaine");
                    comments.add(new Object[] {documentId, read.getKey(), String.format(text, mentioned),
                            UUID.randomUUID().toString(), at});
                    activity.add(new Object[] {at, read.getKey(), "COMMENTED", "DOCUMENT", documentId, doc.teamId()});
                }
            });
        });
        insert("insert into document_upvote (document_id, person_id, created_at)", 3, upvotes);
        insert("insert into document_helpful_note (document_id, author_id, helpful, reason, created_at)", 5, notes);
        insert("insert into document_comment (document_id, author_id, body, submission_key, created_at)", 5, comments);
        insert("insert into activity (occurred_at, actor_person_id, action, subject_type, subject_id, team_id)", 6, activity);
        // "ignore": on a slow first start the reminder job (one minute after start) may already have recorded some
        insert("insert ignore into document_review_reminder (document_id, review_by, sent_at)", 3, docs.stream()
                .filter(doc -> doc.reviewBy() != null && doc.reviewBy().isBefore(today.minusDays(14)))
                .map(doc -> new Object[] {doc.id(), Date.valueOf(doc.reviewBy()),
                        Timestamp.from(doc.reviewBy().plusDays(1).atTime(7, 0).atZone(zone).toInstant())})
                .toList());
        log.info("Demo reading: {} document-days, {} reader-days, {} upvotes, {} notes, {} comments", dayRows.size(),
                history.viewerDays().size(), upvotes.size(), notes.size(), comments.size());
    }

    private List<DemoReaders.Doc> documents(ZoneId zone) {
        Map<Long, Set<Long>> spaceMembers = new HashMap<>();
        jdbc.query("select space_id, person_id from space_member", row -> {
            spaceMembers.computeIfAbsent(row.getLong(1), any -> new HashSet<>()).add(row.getLong(2));
        });
        Map<Long, Set<Long>> documentReaders = new HashMap<>();
        jdbc.query("select document_id, person_id from document_reader", row -> {
            documentReaders.computeIfAbsent(row.getLong(1), any -> new HashSet<>()).add(row.getLong(2));
        });
        return jdbc.query("""
                select d.id, d.owner_id, d.created_at, d.kind, d.visibility, d.review_by, d.space_id, s.team_id, s.open_to_all
                from document d join space s on s.id = d.space_id where d.deleted_at is null order by d.id""",
                (row, n) -> {
                    String visibility = row.getString(5);
                    Set<Long> members = visibility.equals("PEOPLE")
                            ? documentReaders.getOrDefault(row.getLong(1), Set.of())
                            : spaceMembers.getOrDefault(row.getLong(7), Set.of());
                    Date reviewBy = row.getDate(6);
                    return new DemoReaders.Doc(row.getLong(1), row.getLong(2),
                            row.getTimestamp(3).toInstant().atZone(zone).toLocalDate(), row.getString(4), visibility,
                            reviewBy == null ? null : reviewBy.toLocalDate(), (Long) row.getObject(8, Long.class),
                            row.getBoolean(9), members);
                });
    }

    /** The oldest company-wide articles past their review date: everybody's references nobody updates. */
    private static Set<Long> staleFavourites(List<DemoReaders.Doc> docs, LocalDate today) {
        return docs.stream()
                .filter(doc -> doc.kind().equals("ARTICLE") && doc.reviewBy() != null
                        && doc.reviewBy().isBefore(today.minusDays(30)) && !doc.visibility().equals("PEOPLE"))
                .sorted(Comparator.comparing(DemoReaders.Doc::created)).limit(5)
                .map(DemoReaders.Doc::id).collect(Collectors.toSet());
    }

    /** A moment during working hours of that day, never in the future. */
    private Timestamp at(LocalDate day, Random random) {
        Instant moment = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60))).atZone(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return Timestamp.from(moment.isAfter(now) ? now.minusSeconds(60) : moment);
    }

    /** Multi-row inserts, {@link #ROWS_PER_INSERT} rows a statement: one round trip per thousand rows. */
    private void insert(String insertInto, int columns, List<Object[]> rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = insertInto + " values "
                    + String.join(", ", Collections.nCopies(chunk.size(), row));
            jdbc.update(sql, chunk.stream().flatMap(Arrays::stream).toArray());
        }
    }
}
