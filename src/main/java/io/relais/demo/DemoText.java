package io.relais.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Small helpers to compose varied French text from building blocks, always from a seeded {@link Random}. */
final class DemoText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private DemoText() {
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Between {@code min} and {@code max} different elements, in a random order. */
    static <T> List<T> some(Random random, List<T> choices, int min, int max) {
        List<T> copy = new ArrayList<>(choices);
        Collections.shuffle(copy, random);
        int count = Math.min(copy.size(), min + random.nextInt(Math.max(1, max - min + 1)));
        return List.copyOf(copy.subList(0, count));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "mars 2025". */
    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    static String bullets(List<String> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("- ").append(item).append('\n'));
        return text.toString();
    }

    static String numbered(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return text.toString();
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
