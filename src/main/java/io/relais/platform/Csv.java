package io.relais.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * CSV for a spreadsheet: semicolon-separated (what French spreadsheets expect), UTF-8 with a
 * byte-order mark, every cell quoted, and any cell a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) prefixed with an apostrophe so it
 * stays text.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** Rows of any type, each turned into its cells. */
    public static <T> byte[] write(List<String> header, List<T> rows, Function<T, List<String>> cells) {
        return write(header, rows.stream().map(cells).toList());
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append('"').append(neutralise(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
