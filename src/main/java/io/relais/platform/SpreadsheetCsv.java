package io.relais.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A table as CSV for a spreadsheet (the invoices register, the onboarding dashboard): semicolon-separated (what French spreadsheets
 * expect), UTF-8 with a byte-order mark, every cell quoted, and any cell a spreadsheet would take
 * for a formula (starting with {@code = + - @}, a tab or a carriage return) prefixed with an
 * apostrophe so it stays text.
 */
public final class SpreadsheetCsv {

    private static final String BOM = "\uFEFF";

    private SpreadsheetCsv() {
    }

    public static <T> byte[] write(List<String> header, List<T> rows, Function<T, List<String>> cells) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        rows.forEach(row -> line(csv, cells.apply(row)));
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

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
