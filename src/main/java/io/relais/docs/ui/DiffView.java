package io.relais.docs.ui;

import com.vaadin.flow.component.html.Div;
import io.relais.docs.DiffLine;
import java.util.List;

/** A readable line diff: added lines on Lumo's success colours, removed lines on its error colours. */
class DiffView extends Div {

    DiffView(List<DiffLine> lines) {
        addClassName("relais-diff");
        getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "pre-wrap")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("overflow", "auto");
        for (DiffLine line : lines) {
            Div row = new Div();
            switch (line.type()) {
                case ADDED -> {
                    row.setText("+ " + line.text());
                    row.addClassName("diff-added");
                    row.getStyle().set("background", "var(--lumo-success-color-10pct)").set("color", "var(--lumo-success-text-color)");
                }
                case REMOVED -> {
                    row.setText("- " + line.text());
                    row.addClassName("diff-removed");
                    row.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)");
                }
                case UNCHANGED -> {
                    row.setText("  " + line.text());
                    row.addClassName("diff-unchanged");
                }
            }
            add(row);
        }
    }
}
