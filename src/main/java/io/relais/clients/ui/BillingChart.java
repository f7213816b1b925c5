package io.relais.clients.ui;

import io.relais.clients.MonthlyBilling;
import io.relais.platform.ui.RelaisChart;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Billed vs paid per month, taxes included, as grouped bars. */
final class BillingChart {

    private BillingChart() {
    }

    static RelaisChart of(List<MonthlyBilling> months, String title, String billed, String paid, Locale locale) {
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", locale);
        RelaisChart chart = new RelaisChart(RelaisChart.Type.BAR).setTitle(title).setUnit("€").setChartHeight(280);
        chart.setData(months.stream().map(m -> label.format(m.month())).toList(), List.of(
                new RelaisChart.Series(billed, months.stream().map(MonthlyBilling::billed).toList()),
                new RelaisChart.Series(paid, months.stream().map(MonthlyBilling::paid).toList())));
        chart.setId("billing-chart");
        return chart;
    }
}
