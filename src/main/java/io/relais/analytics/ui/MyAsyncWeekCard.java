package io.relais.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import io.relais.analytics.MyAsyncWeek;
import io.relais.platform.ui.Formats;
import java.util.List;
import java.util.function.Function;

/**
 * The home page's "my async week": what the signed-in person wrote and how long they spent in
 * meetings last week and this week, as a small table. Only they see it.
 */
public class MyAsyncWeekCard extends Div {

    public MyAsyncWeekCard(MyAsyncWeek week) {
        setId("my-async-week");
        List<MyAsyncWeek.Week> weeks = week.weeks();
        NativeTable table = new NativeTable();
        table.setId("my-async-week-table");
        table.setCaptionText(getTranslation("teamlead.my-week.caption"));
        NativeTableRow head = table.getHead().addRow();
        head.add(new NativeTableHeaderCell(""));
        for (MyAsyncWeek.Week one : weeks) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(
                    one == weeks.getLast() ? "teamlead.my-week.this" : "teamlead.my-week.last",
                    Formats.date(one.monday(), getLocale())));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        row(table, "teamlead.my-week.saves", weeks, one -> Formats.number(one.saves(), getLocale()));
        row(table, "teamlead.my-week.meeting-hours", weeks, one -> Formats.decimal(one.meetingHours(), 1, getLocale()));
        row(table, "teamlead.my-week.ratio", weeks, one -> one.writtenPerMeetingHour() == null ? "–"
                : Formats.decimal(one.writtenPerMeetingHour(), 1, getLocale()));
        row(table, "teamlead.my-week.decisions", weeks, one -> Formats.number(one.decisions(), getLocale()));
        table.getStyle().set("width", "100%").set("text-align", "right");
        Paragraph privacy = new Paragraph(getTranslation("teamlead.my-week.private"));
        privacy.addClassName("relais-muted");
        add(table, privacy);
    }

    private void row(NativeTable table, String labelKey, List<MyAsyncWeek.Week> weeks,
            Function<MyAsyncWeek.Week, String> figure) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell(getTranslation(labelKey));
        label.getElement().setAttribute("scope", "row");
        label.getStyle().set("text-align", "left").set("font-weight", "normal");
        row.add(label);
        for (MyAsyncWeek.Week one : weeks) {
            row.addDataCell().setText(figure.apply(one));
        }
    }
}
