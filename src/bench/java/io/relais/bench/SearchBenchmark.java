package io.relais.bench;

import io.relais.bench.SearchCorpus.BenchQuery;
import io.relais.platform.db.EmbeddedMariaDb;
import io.relais.search.SearchEntry;
import io.relais.search.SearchHit;
import io.relais.search.SearchSort;
import io.relais.search.SearchSource;
import io.relais.search.internal.lucene.IndexSearch;
import io.relais.search.internal.lucene.LuceneIndex;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lucene against MariaDB FULLTEXT on the same generated corpus (issue 4): loads N documents of
 * about 5 KB into the embedded MariaDB, builds its FULLTEXT index, rebuilds the Lucene index from
 * the table (the rebuild's code path: rows → entries → a fresh generation, swapped in), then runs
 * the same query mix through both and compares latencies and top-10 results. Autocomplete is
 * timed on Lucene alone. Writes the {@code search} section of docs/benchmarks.md.
 *
 * <p>Lucene is timed once the JIT has compiled its search code, as on a server that has been
 * answering for a few minutes: {@code warmup} rounds of another query mix (the first of them, the
 * very first searches of the JVM, is reported apart), then one untimed round of the timed mix
 * through both engines to warm MariaDB's buffers too.
 *
 * <p>{@code -Dbench.search.docs=100000} (default), {@code -Dbench.search.queries=20} per type,
 * {@code -Dbench.search.rounds=2}, {@code -Dbench.search.warmup=3}.
 */
public final class SearchBenchmark {

    private static final Set<String> EVERYONE = Set.of(SearchSource.EVERYONE);
    private static final int INSERT_BATCH = 500;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Bench.intProperty("bench.search.docs", 100_000);
        int perType = Bench.intProperty("bench.search.queries", 20);
        int rounds = Bench.intProperty("bench.search.rounds", 2);
        int warmup = Bench.intProperty("bench.search.warmup", 3);
        String loadBefore = Bench.loadAverage();
        Path folder = Bench.freshDataFolder("search");
        EmbeddedMariaDb database = EmbeddedMariaDb.acquire(folder.resolve("mariadb"), "bench");
        List<String> report = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(database.jdbcUrl("bench") + "?rewriteBatchedStatements=true",
                "root", "")) {
            long loadMillis = load(db, documents);
            long fulltextMillis = timed(() -> execute(db, "alter table bench_doc add fulltext index ft_doc (title, body)"));
            System.out.printf(Locale.ROOT, "Loaded %d documents in %d ms, FULLTEXT index in %d ms%n", documents,
                    loadMillis, fulltextMillis);

            try (LuceneIndex index = LuceneIndex.open(folder.resolve("index"))) {
                long rebuildMillis = timed(() -> rebuild(db, index));
                IndexSearch search = new IndexSearch(index);
                List<BenchQuery> queries = SearchCorpus.queries(perType, 7);
                Map<String, List<Long>> lucene = new LinkedHashMap<>();
                Map<String, List<Long>> mariadb = new LinkedHashMap<>();
                Map<String, List<Double>> overlap = new LinkedHashMap<>();
                long heapPeak = 0;
                List<Long> firstSearches = warmUp(search, SearchCorpus.queries(perType, 8), warmup);
                runQueries(search, db, queries, new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
                for (int round = 0; round < rounds; round++) {
                    runQueries(search, db, queries, lucene, mariadb, round == 0 ? overlap : new LinkedHashMap<>());
                    heapPeak = Math.max(heapPeak, usedHeap());
                }
                List<Long> autocomplete = autocomplete(search, rounds);
                heapPeak = Math.max(heapPeak, usedHeap());
                System.gc();
                long heapAfterGc = usedHeap();
                report.addAll(section(documents, loadMillis, fulltextMillis, rebuildMillis, index.sizeOnDisk(),
                        tableSize(db), lucene, mariadb, overlap, autocomplete, heapPeak, heapAfterGc, perType, rounds,
                        warmup, firstSearches, loadBefore));
            }
        } finally {
            database.release();
        }
        Bench.writeSection("search", String.join("\n", report));
    }

    private static long load(Connection db, int documents) throws SQLException {
        execute(db, "drop table if exists bench_doc");
        execute(db, """
                create table bench_doc (id int primary key, title varchar(300) not null, body mediumtext not null,
                language char(2) not null, kind varchar(16) not null, space varchar(64) not null,
                author varchar(64) not null, tag varchar(64) not null, updated_at datetime(3) not null)
                engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci""");
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into bench_doc values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < documents; i++) {
                SearchEntry doc = SearchCorpus.document(i);
                insert.setInt(1, i);
                insert.setString(2, doc.title());
                insert.setString(3, doc.body());
                insert.setString(4, doc.language());
                insert.setString(5, doc.kind());
                insert.setString(6, doc.space());
                insert.setString(7, doc.author());
                insert.setString(8, doc.tags().getFirst());
                insert.setTimestamp(9, Timestamp.from(doc.updatedAt()));
                insert.addBatch();
                if ((i + 1) % INSERT_BATCH == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The full rebuild: every row read back from MariaDB into a fresh index generation, then swapped in. */
    private static void rebuild(Connection db, LuceneIndex index) {
        index.startRebuild();
        try (Statement statement = db.createStatement()) {
            statement.setFetchSize(1_000);
            try (ResultSet rows = statement.executeQuery(
                    "select id, title, body, language, kind, space, author, tag, updated_at from bench_doc order by id")) {
                List<SearchEntry> batch = new ArrayList<>(1_000);
                while (rows.next()) {
                    String id = rows.getString(1);
                    batch.add(new SearchEntry("document", id, rows.getString(5), rows.getString(2), rows.getString(3),
                            rows.getString(4), "/docs/" + id + "/doc-" + id, rows.getTimestamp(9).toInstant(),
                            rows.getString(6), null, List.of(rows.getString(8)), rows.getString(7), List.of(), EVERYONE));
                    if (batch.size() == 1_000) {
                        index.addToRebuild(batch);
                        batch.clear();
                    }
                }
                index.addToRebuild(batch);
            }
        } catch (SQLException e) {
            index.abandonRebuild();
            throw new IllegalStateException(e);
        }
        index.finishRebuild(key -> java.util.Optional.empty());
    }

    /** Lucene alone on another query mix; returns the latencies of the first round (the JVM's first searches). */
    private static List<Long> warmUp(IndexSearch search, List<BenchQuery> queries, int rounds) {
        List<Long> first = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (BenchQuery query : queries) {
                long started = System.nanoTime();
                search.search(query.text(), Map.of(), EVERYONE, SearchSort.RELEVANCE, 0, 10);
                if (round == 0) {
                    first.add(System.nanoTime() - started);
                }
            }
        }
        return first;
    }

    /**
     * One round: every query through Lucene, then every query through MariaDB. Not interleaved,
     * so neither engine is timed while the other's aftermath (MariaDB's background threads after a
     * multi-second FULLTEXT query) still holds a core.
     */
    private static void runQueries(IndexSearch search, Connection db, List<BenchQuery> queries,
            Map<String, List<Long>> lucene, Map<String, List<Long>> mariadb, Map<String, List<Double>> overlap)
            throws SQLException {
        List<Set<String>> luceneTops = new ArrayList<>();
        for (BenchQuery query : queries) {
            long started = System.nanoTime();
            List<SearchHit> hits = search.search(query.text(), Map.of(), EVERYONE, SearchSort.RELEVANCE, 0, 10).hits();
            lucene.computeIfAbsent(query.type(), t -> new ArrayList<>()).add(System.nanoTime() - started);
            luceneTops.add(new HashSet<>(hits.stream().map(SearchHit::id).toList()));
        }
        for (int i = 0; i < queries.size(); i++) {
            BenchQuery query = queries.get(i);
            long started = System.nanoTime();
            List<String> rows = mariaDb(db, query);
            mariadb.computeIfAbsent(query.type(), t -> new ArrayList<>()).add(System.nanoTime() - started);
            Set<String> luceneTop = luceneTops.get(i);
            if (!luceneTop.isEmpty()) {
                long shared = rows.stream().filter(luceneTop::contains).count();
                overlap.computeIfAbsent(query.type(), t -> new ArrayList<>()).add((double) shared / luceneTop.size());
            }
        }
    }

    private static List<String> mariaDb(Connection db, BenchQuery query) throws SQLException {
        String sql = "select id from bench_doc where match(title, body) against (? in boolean mode)"
                + (query.kind() == null ? "" : " and kind = ? and updated_at >= ?")
                + " order by match(title, body) against (? in boolean mode) desc limit 10";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int p = 1;
            statement.setString(p++, query.mariaDbText());
            if (query.kind() != null) {
                statement.setString(p++, query.kind());
                statement.setString(p++, query.after());
            }
            statement.setString(p, query.mariaDbText());
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static List<Long> autocomplete(IndexSearch search, int rounds) {
        List<String> prefixes = new ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 100; i++) {
            String[] vocabulary = i % 2 == 0 ? SearchCorpus.FRENCH : SearchCorpus.ENGLISH;
            String word = vocabulary[random.nextInt(vocabulary.length - 70)];
            String second = vocabulary[random.nextInt(vocabulary.length - 70)];
            prefixes.add(i % 3 == 0 ? word + " " + second.substring(0, Math.min(2, second.length()))
                    : word.substring(0, Math.min(word.length(), 2 + random.nextInt(4))));
        }
        prefixes.forEach(prefix -> search.titles(prefix, EVERYONE, 6));
        List<Long> latencies = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String prefix : prefixes) {
                long started = System.nanoTime();
                search.titles(prefix, EVERYONE, 6);
                latencies.add(System.nanoTime() - started);
            }
        }
        return latencies;
    }

    private static List<String> section(int documents, long loadMillis, long fulltextMillis, long rebuildMillis,
            long indexBytes, long tableBytes, Map<String, List<Long>> lucene, Map<String, List<Long>> mariadb,
            Map<String, List<Double>> overlap, List<Long> autocomplete, long heapPeak, long heapAfterGc, int perType,
            int rounds, int warmup, List<Long> firstSearches, String loadBefore) {
        List<String> lines = new ArrayList<>();
        lines.add("## Search: Lucene against MariaDB FULLTEXT (" + String.format(Locale.ROOT, "%,d", documents)
                + " generated documents)");
        lines.add("");
        lines.addAll(Bench.machine(Bench.command(),
                loadBefore, Bench.loadAverage()));
        lines.add("- Corpus: " + String.format(Locale.ROOT, "%,d", documents) + " documents of ~5 KB (60 % French, 40 % English,"
                + " skewed vocabulary), generated and loaded into the embedded MariaDB 11.4 in " + Bench.s(loadMillis)
                + "; its FULLTEXT index built in " + Bench.s(fulltextMillis));
        lines.add(String.format(Locale.ROOT, "- **Full rebuild** (rows read from MariaDB → fresh Lucene generation → swap): %s, "
                + "**%,.0f documents/s**", Bench.s(rebuildMillis), documents * 1000.0 / Math.max(1, rebuildMillis)));
        lines.add(String.format(Locale.ROOT, "- Index size on disk: %.0f MB (MariaDB table with its FULLTEXT index: %.0f MB)",
                indexBytes / 1e6, tableBytes / 1e6));
        lines.add(String.format(Locale.ROOT, "- Heap while searching: peak %.0f MB used, %.0f MB after a GC (JVM `-Xmx` %s)",
                heapPeak / 1e6, heapAfterGc / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB"));
        lines.add("- Queries: " + perType + " of each type, " + rounds + " timed rounds; Lucene time is the whole"
                + " `IndexSearch.search` (top 10 with highlighted snippets, total count and all facets), MariaDB's"
                + " `MATCH … AGAINST (… IN BOOLEAN MODE)` top 10 ids only");
        lines.add("- The other benchmarks skipped with `-Dbench.<name>.skip=true`; each timed round runs every query through"
                + " Lucene, then every query through MariaDB (not interleaved: neither is timed during the other's aftermath)");
        lines.add("- Warm-up: " + warmup + " rounds of another mix of " + perType + " queries per type through Lucene alone"
                + " (the JIT compiling the search code), then one untimed round of the timed mix through both engines");
        if (!firstSearches.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "- The JVM's first %d searches (first warm-up round, JIT still compiling):"
                    + " p50 %s, p95 %s, p99 %s", firstSearches.size(), ms(Bench.percentile(firstSearches, 50)),
                    ms(Bench.percentile(firstSearches, 95)), ms(Bench.percentile(firstSearches, 99))));
        }
        lines.add("");
        lines.add("| query type | Lucene p50 | p95 | p99 | MariaDB p50 | p95 | p99 | p95 ratio | top-10 overlap |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        List<Long> allLucene = new ArrayList<>();
        List<Long> allMaria = new ArrayList<>();
        List<Double> allOverlap = new ArrayList<>();
        for (String type : lucene.keySet()) {
            List<Long> l = lucene.get(type);
            List<Long> m = mariadb.get(type);
            allLucene.addAll(l);
            allMaria.addAll(m);
            List<Double> o = overlap.getOrDefault(type, List.of());
            allOverlap.addAll(o);
            lines.add(row(type, l, m, o));
        }
        lines.add(row("**all**", allLucene, allMaria, allOverlap));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "- **Autocomplete** (titles, %d prefixes × %d rounds): p50 %s, p95 %s, p99 %s"
                + " (target p95 < 10 ms)", autocomplete.size() / rounds, rounds, ms(Bench.percentile(autocomplete, 50)),
                ms(Bench.percentile(autocomplete, 95)), ms(Bench.percentile(autocomplete, 99))));
        lines.add(String.format(Locale.ROOT, "- Query target p95 < 20 ms: %s; Lucene at least 10× faster than MariaDB at p95: %s",
                Bench.percentile(allLucene, 95) < 20_000_000 ? "**met**" : "**missed**",
                Bench.percentile(allMaria, 95) >= 10 * Bench.percentile(allLucene, 95) ? "**met**" : "**missed**"));
        lines.add("- Overlap: the share of Lucene's top 10 that MariaDB's top 10 also returns. MariaDB has no typo"
                + " tolerance (fuzzy rows), no stemming nor accent-insensitive French analysis beyond its collation, and ranks"
                + " differently, so low overlap is expected and is not a measure of which is right.");
        return lines;
    }

    private static String row(String type, List<Long> lucene, List<Long> mariadb, List<Double> overlap) {
        long l95 = Bench.percentile(lucene, 95);
        long m95 = Bench.percentile(mariadb, 95);
        double meanOverlap = overlap.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.0f× | %.0f %% |", type,
                ms(Bench.percentile(lucene, 50)), ms(l95), ms(Bench.percentile(lucene, 99)),
                ms(Bench.percentile(mariadb, 50)), ms(m95), ms(Bench.percentile(mariadb, 99)),
                (double) m95 / Math.max(1, l95), meanOverlap * 100);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long tableSize(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("select data_length + index_length from information_schema.tables"
                        + " where table_schema = 'bench' and table_name = 'bench_doc'")) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    private static void execute(Connection db, String sql) {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long timed(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
