package io.relais.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.relais.analytics.DrillItem;
import io.relais.platform.ui.Formats;
import java.time.ZoneId;
import java.util.List;

/** What lies behind one point of a chart: the documents, meetings or searches it counts. */
class DrillDialog extends Dialog {

    DrillDialog(String title, List<DrillItem> items, ZoneId zone) {
        setHeaderTitle(title);
        setId("analytics-drill");
        setWidth("min(60rem, 95vw)");
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("analytics.drill.empty")));
        } else {
            Grid<DrillItem> grid = new Grid<>();
            grid.setId("analytics-drill-grid");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addComponentColumn(item -> {
                String text = item.title() == null ? getTranslation("analytics.drill.busy") : item.title();
                return item.path() == null ? new Span(text) : new Anchor(item.path(), text);
            }).setHeader(getTranslation("analytics.drill.title")).setFlexGrow(3);
            grid.addColumn(item -> Formats.dateTime(item.when(), zone, getLocale()))
                    .setHeader(getTranslation("analytics.drill.when")).setAutoWidth(true);
            grid.addColumn(item -> getTranslation(item.detailKey())).setHeader(getTranslation("analytics.drill.what"))
                    .setAutoWidth(true);
            grid.addColumn(item -> item.figure() == null ? "" : Formats.number(item.figure(), getLocale()))
                    .setHeader(getTranslation("analytics.drill.figure")).setAutoWidth(true);
            grid.setItems(items);
            grid.setAllRowsVisible(items.size() <= 15);
            add(grid);
        }
        Button close = new Button(getTranslation("analytics.drill.close"), click -> close());
        close.setId("analytics-drill-close");
        getFooter().add(close);
    }
}
