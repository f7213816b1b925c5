package io.relais.clients.internal;

import io.relais.clients.InvoiceSummary;
import io.relais.platform.Csv;
import java.util.List;
import java.util.function.Function;

/** The invoices register as spreadsheet-safe CSV ({@link Csv}: formulas neutralised). */
public final class InvoiceCsv {

    private InvoiceCsv() {
    }

    public static byte[] write(List<String> header, List<InvoiceSummary> rows, Function<InvoiceSummary, List<String>> cells) {
        return Csv.write(header, rows.stream().map(cells).toList());
    }

    static String neutralise(String cell) {
        return Csv.neutralise(cell);
    }
}
