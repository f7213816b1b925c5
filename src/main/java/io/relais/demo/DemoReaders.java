package io.relais.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Three years of the agency reading its documents, simulated day by day (no database): each
 * working day every person who had started opens one or two documents they may read, chosen by
 * interest. A document is read most in the week after it is written, then along a long tail set
 * by how useful it is; a few old articles keep being read long after their review-by date (the
 * "popular but stale" ones). Public documents also get anonymous visits. Deterministic (seeded).
 */
final class DemoReaders {

    record Doc(long id, long ownerId, LocalDate created, String kind, String visibility, LocalDate reviewBy,
            Long teamId, boolean openToAll, Set<Long> members) {

        boolean readableBy(Reader reader) {
            return switch (visibility) {
                case "PUBLIC", "COMPANY" -> true;
                case "SPACE" -> openToAll || members.contains(reader.id()) || (teamId != null && teamId.equals(reader.teamId()));
                default -> members.contains(reader.id());
            };
        }
    }

    record Reader(long id, Long teamId, LocalDate start) {
    }

    /** Views of one document on one day. */
    static final class Day {
        int views;
        int uniqueViewers;
    }

    /** What the simulation produced: daily counters, who read what when, and each reader's first read. */
    record History(Map<Long, Map<LocalDate, Day>> days, List<long[]> viewerDays,
            Map<Long, Map<Long, LocalDate>> firstRead) {
    }

    private static final double READS_PER_WORKDAY = 1.1;

    private final List<Doc> documents;
    private final List<Reader> readers;
    private final Random random;
    private final Map<Long, Double> usefulness = new HashMap<>();
    private final Set<Long> staleFavourites;

    DemoReaders(List<Doc> documents, List<Reader> readers, Set<Long> staleFavourites, Random random) {
        this.documents = documents;
        this.readers = readers;
        this.random = random;
        this.staleFavourites = staleFavourites;
        for (Doc doc : documents) {
            // a few documents everybody needs, most read now and then
            double base = 0.05 + 4 * Math.pow(random.nextDouble(), 6);
            usefulness.put(doc.id(), base * switch (doc.kind()) {
                case "ARTICLE" -> 1.6;
                case "PROBLEM" -> 1.3;
                case "DECISION" -> 1.0;
                case "FEEDBACK" -> 0.6;
                default -> 0.35;
            });
        }
    }

    History simulate(LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Day>> days = new HashMap<>();
        List<long[]> viewerDays = new ArrayList<>();
        Map<Long, Map<Long, LocalDate>> firstRead = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            List<Doc> existing = new ArrayList<>();
            List<Double> cumulative = new ArrayList<>();
            double total = 0;
            for (Doc doc : documents) {
                if (!doc.created().isAfter(day)) {
                    total += interest(doc, day, to);
                    existing.add(doc);
                    cumulative.add(total);
                }
            }
            if (existing.isEmpty()) {
                continue;
            }
            Map<Long, Long> seenToday = new LinkedHashMap<>();
            for (Reader reader : readers) {
                if (reader.start().isAfter(day)) {
                    continue;
                }
                int reads = poisson(weekend ? READS_PER_WORKDAY * 0.05 : READS_PER_WORKDAY);
                for (int i = 0; i < reads; i++) {
                    Doc doc = pick(existing, cumulative, total);
                    if (doc.ownerId() == reader.id() || !doc.readableBy(reader)) {
                        continue;
                    }
                    Day counted = days.computeIfAbsent(doc.id(), any -> new HashMap<>()).computeIfAbsent(day, any -> new Day());
                    counted.views += random.nextDouble() < 0.2 ? 2 : 1;
                    long key = doc.id() * 1_000_003L + reader.id();
                    if (seenToday.putIfAbsent(key, reader.id()) == null) {
                        counted.uniqueViewers++;
                        viewerDays.add(new long[] {doc.id(), reader.id(), day.toEpochDay()});
                        firstRead.computeIfAbsent(doc.id(), any -> new HashMap<>()).putIfAbsent(reader.id(), day);
                    }
                }
            }
            for (Doc doc : existing) {
                if (doc.visibility().equals("PUBLIC")) {
                    int anonymous = poisson(interest(doc, day, to) * (weekend ? 0.8 : 2));
                    if (anonymous > 0) {
                        days.computeIfAbsent(doc.id(), any -> new HashMap<>()).computeIfAbsent(day, any -> new Day()).views += anonymous;
                    }
                }
            }
        }
        return new History(days, viewerDays, firstRead);
    }

    /** How likely a document is to be opened on a day: a launch peak, then its usefulness, fading. */
    private double interest(Doc doc, LocalDate day, LocalDate today) {
        long age = day.toEpochDay() - doc.created().toEpochDay();
        double launch = 6 * Math.exp(-age / 6.0);
        double tail = usefulness.get(doc.id()) * (doc.kind().equals("MINUTES") ? Math.exp(-age / 45.0) : Math.exp(-age / 900.0));
        if (staleFavourites.contains(doc.id()) && today.toEpochDay() - day.toEpochDay() < 150) {
            tail += 4; // still everybody's reference, though nobody reviewed it
        }
        return launch + tail;
    }

    private Doc pick(List<Doc> existing, List<Double> cumulative, double total) {
        double target = random.nextDouble() * total;
        int low = 0;
        int high = cumulative.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative.get(middle) < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return existing.get(low);
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
