package io.relais.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 8, "Faults": {@code kill -9} of Relais (and of its embedded MariaDB with it) at random
 * moments, half of the times during a bulk import through the command line, half during a full
 * rebuild of the search index; after each restart, every document the import had reported as
 * committed must be in MariaDB (once, with exactly one revision, with its text) and searchable
 * through the search API (once), and the import run again must finish the job without
 * duplicating anything. Then a backup is taken while Relais runs, restored into a fresh
 * installation, and the restored Relais must find every document once its index is rebuilt.
 *
 * <p>Repeatable: the random moments come from {@code -Dfaults.seed} (printed, and written in the
 * report). Writes its section of {@code docs/faults.md}; exits with status 1 if any check failed.
 */
public final class CrashRecoveryFaults {

    private static final Path REPORT = Path.of("docs", "faults.md");
    private static final Path WORK = Bench.WORK.resolve("faults");
    private static final int FILES = Bench.intProperty("faults.files", 1500);
    private static final int KILLS = Bench.intProperty("faults.kills", 20);
    private static final int GROUP = 100;
    private static final String SPACE = "Tech & Data";
    private static final String SPACE_SLUG = "tech-data";
    private static final Pattern PROGRESS = Pattern.compile(
            "(?m)^\\[(\\d+)/(\\d+)\\] (IMPORTED|UPDATED|UNCHANGED|SKIPPED)\\s+(\\S+).*\\R");
    private static final Pattern REBUILT = Pattern.compile("Search index rebuilt: (\\d+) entries in (\\d+) ms");
    private static final String REBUILDING = "Rebuilding the search index in the background";
    private static final Duration SETTLE = Duration.ofMinutes(4);
    private static final Duration PHASE = Duration.ofMinutes(10);

    /** One kill and the restart after it. */
    private record Cycle(int number, String phase, String killed, int committedAtKill, String recovery) {
    }

    private static final String PENDING = "(checked at the next restart)";

    private final Launch launch = Launch.preferred();
    private final long seed = Long.getLong("faults.seed", System.currentTimeMillis());
    private final Random random = new Random(seed);
    private final Path data = Bench.freshDataFolder("faults/data");
    private final Path sources = Bench.freshDataFolder("faults/import");
    /** slug → the unique word of its body. */
    private final Map<String, String> uniqueWords = new LinkedHashMap<>();
    private final Set<String> committed = new TreeSet<>();
    private final List<Cycle> cycles = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> backupLines = new ArrayList<>();
    private String token;
    private long rebuildEstimateMillis = 8_000;
    private String lastLog = "";

    public static void main(String[] args) throws Exception {
        CrashRecoveryFaults drill = new CrashRecoveryFaults();
        String loadBefore = Bench.loadAverage();
        long started = System.nanoTime();
        drill.run();
        long minutes = (System.nanoTime() - started) / 60_000_000_000L;
        drill.report(loadBefore, Bench.loadAverage(), minutes);
        System.exit(drill.failures.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        System.out.println("Fault drill: seed " + seed + " (-Dfaults.seed=" + seed + " repeats these moments)");
        generate();
        prepare();
        int importKills = KILLS / 2;
        for (int number = 1; number <= importKills; number++) {
            importCycle(number);
        }
        finishImport();
        for (int number = importKills + 1; number <= KILLS; number++) {
            reindexCycle(number);
        }
        finalCheckAndBackup();
    }

    /**
     * A first, clean start: the demo organisation (whose administrator imports) is created once,
     * and an API token is granted; the drill kills what comes after, not the demo seeding.
     */
    private void prepare() throws Exception {
        try (RelaisProcess relais = start("prepare", List.of())) {
            relais.awaitHttp200("/actuator/health/readiness");
            try (Connection database = FaultDrill.database(relais)) {
                token = FaultDrill.grantToken(database);
            }
        }
    }

    // ---------------------------------------------------------------- the import, killed

    private List<String> importArguments() {
        return List.of("--relais.import=" + sources.toAbsolutePath(), "--relais.import.owner=" + FaultDrill.ADMIN,
                "--relais.import.space=" + SPACE, "--relais.import.visibility=COMPANY");
    }

    private void importCycle(int number) throws Exception {
        int committedBefore = committed.size();
        String killed;
        try (RelaisProcess relais = start("import-" + number, importArguments())) {
            if (random.nextInt(5) == 0) {
                long delay = 1_000 + random.nextInt(25_000);
                await(() -> relais.uptimeMillis() >= delay || !relais.isAlive(), PHASE);
                killed = (importStarted(relais) ? "import, " : "start-up, ") + delay
                        + " ms after launch";
            } else {
                await(() -> importStarted(relais) || !relais.isAlive(), PHASE);
                if (!relais.isAlive()) {
                    failures.add("Relais exited before importing (see " + lastLog + ")");
                    cycles.add(new Cycle(number, "import", "not killed: Relais had exited", committed.size(), "-"));
                    return;
                }
                checkedAfterRestart(verify(relais));
                int seen = progress(relais.logText()).size();
                int target = seen + 1 + random.nextInt(120);
                await(() -> progress(relais.logText()).size() >= target || !relais.isAlive(), PHASE);
                FaultDrill.pause(random.nextInt(150)); // between two commits, or inside one
                killed = "import, after " + (progress(relais.logText()).size() - seen) + " files of this run";
            }
            if (!relais.isAlive()) {
                killed += " (the import had already ended)";
            }
            relais.killHard();
            recordProgress(relais);
        }
        cycles.add(new Cycle(number, "import", killed, committed.size(), PENDING));
        System.out.printf(Locale.ROOT, "Kill %d/%d: %s; %d files committed so far (%+d)%n", number, KILLS, killed,
                committed.size(), committed.size() - committedBefore);
    }

    /** The import once more, to its end: it must import what is left and duplicate nothing. */
    private void finishImport() throws Exception {
        try (RelaisProcess relais = start("import-final", importArguments())) {
            await(() -> importStarted(relais) || !relais.isAlive(), PHASE);
            String recovery = verify(relais);
            checkedAfterRestart(recovery);
            int exit = relais.awaitExit(Duration.ofMinutes(30));
            recordProgress(relais);
            if (exit != 0) {
                failures.add("the last import run exited with status " + exit + " (see " + logOf("import-final") + ")");
            }
            System.out.println("Import finished (exit " + exit + "); checks after the last kill: " + recovery);
        }
        Set<String> all = uniqueWords.keySet();
        if (!committed.containsAll(all)) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(committed);
            failures.add("after the import was run to its end, files never reported committed: " + missing);
        }
    }

    /** The checks made at a restart belong to the kill(s) before it, not yet checked. */
    private void checkedAfterRestart(String recovery) {
        for (int i = cycles.size() - 1; i >= 0 && cycles.get(i).recovery().equals(PENDING); i--) {
            Cycle cycle = cycles.get(i);
            cycles.set(i, new Cycle(cycle.number(), cycle.phase(), cycle.killed(), cycle.committedAtKill(), recovery));
        }
    }

    /** Whether the import command has printed its first line (Relais started, demo data done). */
    private boolean importStarted(RelaisProcess relais) {
        return relais.logText().contains("Importing " + sources.toAbsolutePath().normalize() + " as ");
    }

    private void recordProgress(RelaisProcess relais) {
        for (String[] line : progress(relais.logText())) {
            if (!line[0].equals("SKIPPED")) {
                committed.add(slugOf(line[1]));
            } else {
                failures.add("the import skipped " + line[1] + " (see " + lastLog + ")");
            }
        }
    }

    /** The complete "[k/n] RESULT path" lines printed so far: result and path. */
    private static List<String[]> progress(String log) {
        List<String[]> lines = new ArrayList<>();
        Matcher matcher = PROGRESS.matcher(log);
        while (matcher.find()) {
            lines.add(new String[] {matcher.group(3), matcher.group(4)});
        }
        return lines;
    }

    // ---------------------------------------------------------------- the rebuild, killed

    private void reindexCycle(int number) throws Exception {
        String killed;
        try (RelaisProcess relais = start("reindex-" + number, List.of("--relais.search.rebuild-at-start=true"))) {
            await(() -> relais.logText().contains(REBUILDING) || !relais.isAlive(), PHASE);
            long delay = (long) (random.nextDouble() * rebuildEstimateMillis);
            FaultDrill.pause(delay);
            boolean finished = REBUILT.matcher(relais.logText()).find();
            relais.killHard();
            killed = (finished ? "after the rebuild had ended, " : "rebuild, ") + delay + " ms after it began";
            learnRebuildTime(relais);
        }
        String recovery;
        try (RelaisProcess relais = start("reindex-" + number + "-restart", List.of())) {
            relais.awaitHttp200("/actuator/health/readiness");
            recovery = verify(relais);
            learnRebuildTime(relais);
        }
        cycles.add(new Cycle(number, "reindex", killed, committed.size(), recovery));
        System.out.printf(Locale.ROOT, "Kill %d/%d: %s; after restart: %s%n", number, KILLS, killed, recovery);
    }

    private void learnRebuildTime(RelaisProcess relais) {
        Matcher rebuilt = REBUILT.matcher(relais.logText());
        if (rebuilt.find()) {
            rebuildEstimateMillis = Long.parseLong(rebuilt.group(2));
        }
    }

    // ---------------------------------------------------------------- the checks

    /**
     * Every committed document is in MariaDB once, with one revision and its text, and the search
     * API finds each of them exactly once, within {@link #SETTLE} of the restart (the index is
     * caught up by the replayed events or rebuilt in the background). Answers how long it took.
     */
    private String verify(RelaisProcess relais) throws Exception {
        long began = System.nanoTime();
        List<String> problems = new ArrayList<>();
        try (Connection database = FaultDrill.database(relais)) {
            while (true) {
                problems.clear();
                Map<String, Set<String>> searched = new HashMap<>();
                for (Map.Entry<Integer, Set<String>> group : committedByGroup().entrySet()) {
                    FaultDrill.Found found = FaultDrill.search(relais, token, groupWord(group.getKey()));
                    Set<String> distinct = new HashSet<>(found.slugs());
                    if (distinct.size() != found.slugs().size() || found.total() != found.slugs().size()) {
                        problems.add("DUPLICATE in search: " + groupWord(group.getKey()) + " gave " + found);
                    }
                    searched.put(groupWord(group.getKey()), distinct);
                    Set<String> missing = new TreeSet<>(group.getValue());
                    missing.removeAll(distinct);
                    if (!missing.isEmpty()) {
                        problems.add("not searchable yet: " + missing);
                    }
                }
                // read after searching: anything the index holds was committed before it was indexed
                Map<String, Stored> stored = stored(database);
                for (String slug : committed) {
                    Stored row = stored.get(slug);
                    if (row == null) {
                        problems.add("LOST: " + slug + " was reported committed and is not in MariaDB");
                    } else if (row.revisions != 1 || !row.body.contains(uniqueWords.get(slug))) {
                        problems.add("DAMAGED: " + slug + " has " + row.revisions + " revisions, text intact: "
                                + row.body.contains(uniqueWords.get(slug)));
                    }
                }
                searched.values().forEach(slugs -> slugs.stream().filter(slug -> !stored.containsKey(slug))
                        .forEach(slug -> problems.add("PHANTOM: search finds " + slug + ", MariaDB does not have it")));
                duplicateTitles(database).forEach(title -> problems.add("DUPLICATE in MariaDB: " + title));
                boolean onlyWaiting = problems.stream().allMatch(p -> p.startsWith("not searchable yet"));
                if (problems.isEmpty() || !onlyWaiting || System.nanoTime() - began > SETTLE.toNanos()) {
                    break;
                }
                FaultDrill.pause(1_000);
            }
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (!problems.isEmpty()) {
            failures.add("after the restart logged in " + lastLog + ": " + String.join("; ", problems));
            return "FAILED: " + problems.getFirst() + (problems.size() > 1 ? " (+" + (problems.size() - 1) + ")" : "");
        }
        return committed.size() + " in MariaDB once and searchable once, within " + Bench.s(millis);
    }

    private record Stored(int revisions, String body) {
    }

    private static Map<String, Stored> stored(Connection database) throws SQLException {
        Map<String, Stored> rows = new HashMap<>();
        try (Statement statement = database.createStatement();
                ResultSet row = statement.executeQuery("""
                        select d.slug, d.body, (select count(*) from document_revision r where r.document_id = d.id)
                          from document d join space s on s.id = d.space_id
                         where s.slug = '%s' and d.slug like 'fault-%%' and d.deleted_at is null""".formatted(SPACE_SLUG))) {
            while (row.next()) {
                rows.put(row.getString(1), new Stored(row.getInt(3), row.getString(2)));
            }
        }
        return rows;
    }

    private static List<String> duplicateTitles(Connection database) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Statement statement = database.createStatement();
                ResultSet row = statement.executeQuery("""
                        select title from document where title like 'Exercice de panne %'
                         group by title having count(*) > 1""")) {
            while (row.next()) {
                titles.add(row.getString(1));
            }
        }
        return titles;
    }

    private Map<Integer, Set<String>> committedByGroup() {
        Map<Integer, Set<String>> groups = new java.util.TreeMap<>();
        for (String slug : committed) {
            groups.computeIfAbsent(numberOf(slug) / GROUP, g -> new TreeSet<>()).add(slug);
        }
        return groups;
    }

    // ---------------------------------------------------------------- backup and restore

    private void finalCheckAndBackup() throws Exception {
        Path backups = Bench.freshDataFolder("faults/backups");
        Path restoredData = Bench.freshDataFolder("faults/restored");
        try (RelaisProcess relais = start("final", List.of())) {
            relais.awaitHttp200("/actuator/health/readiness");
            String recovery = verify(relais);
            backupLines.add("- Final state, before the backup: " + recovery + " (of " + FILES + " files)");
            long began = System.nanoTime();
            int backup = command("backup", List.of("--relais.backup=" + backups.toAbsolutePath(),
                    "--relais.data-dir=" + data.toAbsolutePath()));
            long backupMillis = (System.nanoTime() - began) / 1_000_000;
            Path folder;
            try (Stream<Path> made = Files.list(backups)) {
                folder = made.filter(Files::isDirectory).findFirst().orElse(null);
            }
            if (backup != 0 || folder == null) {
                failures.add("the backup command failed (exit " + backup + ", see " + WORK.resolve("backup.log") + ")");
                return;
            }
            began = System.nanoTime();
            int restore = command("restore", List.of("--relais.restore=" + folder.toAbsolutePath(),
                    "--relais.data-dir=" + restoredData.toAbsolutePath()));
            long restoreMillis = (System.nanoTime() - began) / 1_000_000;
            if (restore != 0) {
                failures.add("the restore command failed (exit " + restore + ", see " + WORK.resolve("restore.log") + ")");
                return;
            }
            try (RelaisProcess restored = RelaisProcess.start(launch, restoredData, WORK.resolve("restored.log"), List.of())) {
                long startedAt = System.nanoTime();
                restored.awaitHttp200("/actuator/health/readiness");
                String found = verify(restored);
                long searchableMillis = (System.nanoTime() - startedAt) / 1_000_000;
                String same = sameDocuments(relais, restored);
                backupLines.add("- Backup while Relais ran (`java -jar … --relais.backup=…`): exit " + backup + ", "
                        + Bench.s(backupMillis));
                backupLines.add("- Restore into a fresh data folder (`--relais.restore=…`): exit " + restore + ", "
                        + Bench.s(restoreMillis));
                backupLines.add("- Restored Relais, started on it (index rebuilt at start): " + found + "; ready and "
                        + "searchable " + Bench.s(searchableMillis) + " after launch");
                backupLines.add("- Every document, revision and attachment row of both installations compared: " + same);
            }
        }
    }

    private int command(String name, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(launch.jvmArgs());
        command.add("-jar");
        command.add(launch.jar().toAbsolutePath().toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile()).start();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private String sameDocuments(RelaisProcess original, RelaisProcess restored) throws SQLException {
        List<String> differences = new ArrayList<>();
        for (String query : List.of(
                "select id, slug, sha2(body, 256), revision, visibility from document order by id",
                "select id, document_id, number, sha2(body, 256) from document_revision order by id",
                "select id, document_id, storage_name, size_bytes from attachment order by id")) {
            List<String> before = rows(original, query);
            List<String> after = rows(restored, query);
            if (!before.equals(after)) {
                differences.add(query.substring(query.indexOf(" from ") + 6, query.indexOf(" order")) + ": "
                        + before.size() + " rows before, " + after.size() + " after");
            }
        }
        if (!differences.isEmpty()) {
            failures.add("the restored installation differs: " + differences);
            return "DIFFERENT: " + differences;
        }
        return "identical";
    }

    private static List<String> rows(RelaisProcess relais, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection database = FaultDrill.database(relais); Statement statement = database.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    line.append(row.getString(column)).append('|');
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- the files, the processes, the report

    /** Markdown files of about 1.5 KB; each holds its group's word (100 files share one) and its own word. */
    private void generate() throws IOException {
        String filler = """
                Ce document sert à l'exercice de panne : Relais est arrêté brutalement pendant qu'il \
                l'importe, puis redémarré. Il doit alors se trouver une seule fois dans la base et dans \
                l'index de recherche, avec son texte entier et une seule révision.
                """;
        for (int number = 0; number < FILES; number++) {
            String slug = "fault-%04d".formatted(number);
            String unique = word(1_000_003L * (number + 1));
            uniqueWords.put(slug, unique);
            String text = "# Exercice de panne %04d%n%nLot %s, repère %s.%n%n%s%n%s%n%s".formatted(number,
                    groupWord(number / GROUP), unique, filler, filler, filler);
            Files.writeString(sources.resolve(slug + ".md"), text, StandardCharsets.UTF_8);
        }
    }

    private static String groupWord(int group) {
        return word(7_919L * (group + 1));
    }

    /** Ten letters drawn from a seed: far (in edits) from any other such word, so typo tolerance never mixes them up. */
    private static String word(long seed) {
        Random letters = new Random(seed);
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + letters.nextInt(26)));
        }
        return word.toString();
    }

    private static String slugOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    }

    private static int numberOf(String slug) {
        return Integer.parseInt(slug.substring("fault-".length()));
    }

    private RelaisProcess start(String name, List<String> arguments) {
        lastLog = logOf(name).toString();
        return RelaisProcess.start(launch, data, logOf(name), arguments);
    }

    private static Path logOf(String name) {
        return WORK.resolve("logs").resolve(name + ".log");
    }

    private static void await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited " + timeout + " in vain");
            }
            FaultDrill.pause(100);
        }
    }

    private void report(String loadBefore, String loadAfter, long minutes) {
        List<String> lines = new ArrayList<>();
        lines.add("## Kill -9 during a bulk import and during a reindex, then backup and restore");
        lines.add("");
        lines.addAll(Bench.machine("./mvnw -B -Pproduction,faults -DskipTests verify", loadBefore, loadAfter));
        lines.add("- Program: `CrashRecoveryFaults`, seed " + seed + " (`-Dfaults.seed=" + seed + "` repeats the same "
                + "moments), " + minutes + " min; launch: `" + launch.commandLine() + "`");
        lines.add("- Workload: the demo organisation, then " + FILES + " Markdown files of ~1.5 KB imported with the "
                + "command-line import into *" + SPACE + "*; each kill is a SIGKILL of Relais and of its embedded "
                + "mariadbd at once (a power cut); \"committed\" = the import printed the file's line (it prints after "
                + "the file's transaction commits)");
        lines.add("- Checks after each restart: every committed file is in MariaDB exactly once, with one revision "
                + "and its text; the search API finds each exactly once (no duplicate entry, no entry without its row), "
                + "within " + SETTLE.toMinutes() + " min of the restart");
        lines.add("");
        lines.add("| kill | during | killed at | committed files | after the restart |");
        lines.add("|---|---|---|---|---|");
        for (Cycle cycle : cycles) {
            lines.add("| " + cycle.number() + " | " + cycle.phase() + " | " + cycle.killed() + " | "
                    + cycle.committedAtKill() + " | " + cycle.recovery() + " |");
        }
        lines.add("");
        lines.addAll(backupLines);
        lines.add("");
        lines.add(failures.isEmpty() ? "- **Result: every check passed.**"
                : "- **Result: " + failures.size() + " check(s) FAILED:** " + String.join(" / ", failures));
        Bench.writeSection(REPORT, "crash-recovery", String.join("\n", lines));
        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.err.println("FAILED: " + failure));
        }
    }
}
