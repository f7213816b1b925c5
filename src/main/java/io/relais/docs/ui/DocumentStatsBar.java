package io.relais.docs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.relais.docs.DailyViews;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentStats;
import io.relais.docs.HelpfulNoteService;
import io.relais.docs.ReadingStats;
import io.relais.docs.UpvoteService;
import io.relais.docs.UpvoteState;
import io.relais.platform.UserFacingException;
import io.relais.platform.ui.RelaisChart;
import io.relais.platform.ui.Toasts;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A document's reading figures in one line: views, readers, the 90-day trend as a sparkline,
 * the upvote toggle, "was this helpful?" for readers and the readers' notes for the owner.
 */
class DocumentStatsBar extends HorizontalLayout {

    private final long documentId;
    private final UpvoteService upvotes;
    private final Button upvote = new Button();

    DocumentStatsBar(DocumentDetails document, ReadingStats readingStats, UpvoteService upvotes,
            HelpfulNoteService notes) {
        this.documentId = document.id();
        this.upvotes = upvotes;
        DocumentStats stats = readingStats.stats(documentId);
        setId("doc-stats");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        addClassName("relais-doc-stats");

        Span views = figure(VaadinIcon.EYE, getTranslation("docs-social.stats.views", stats.views()), "doc-views");
        views.getElement().setAttribute("data-count", Long.toString(stats.views()));
        Span readers = figure(VaadinIcon.USERS, getTranslation("docs-social.stats.readers", stats.readers()), "doc-readers");
        add(views, readers, trend(stats.trend()));

        upvote.setId("doc-upvote");
        showUpvotes(new UpvoteState(stats.upvotedByMe(), stats.upvotes()));
        if (stats.canUpvote()) {
            upvote.addClickListener(click -> toggle());
            Button helpful = new Button(getTranslation("docs-social.helpful.ask"), VaadinIcon.COMMENT_O.create(),
                    click -> new HelpfulNoteDialog(documentId, notes).open());
            helpful.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            helpful.setId("doc-helpful");
            add(upvote, helpful);
        } else {
            upvote.setEnabled(false);
            upvote.setTooltipText(getTranslation("docs-social.upvote.own"));
            add(upvote);
        }
        if (document.canManage()) {
            Button readerNotes = new Button(getTranslation("docs-social.helpful.notes", notes.countForOwner(documentId)),
                    VaadinIcon.LOCK.create(), click -> new HelpfulNotesDialog(documentId, notes).open());
            readerNotes.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            readerNotes.setId("doc-helpful-notes");
            add(readerNotes);
        }
    }

    private void toggle() {
        try {
            showUpvotes(upvotes.toggle(documentId));
        } catch (UserFacingException refusal) {
            Toasts.error(refusal);
        }
    }

    private void showUpvotes(UpvoteState state) {
        upvote.setText(Long.toString(state.count()));
        upvote.setIcon(VaadinIcon.THUMBS_UP.create());
        upvote.getElement().setAttribute("aria-label", getTranslation(
                state.upvoted() ? "docs-social.upvote.remove" : "docs-social.upvote.add", state.count()));
        upvote.getElement().setAttribute("aria-pressed", Boolean.toString(state.upvoted()));
        upvote.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (state.upvoted()) {
            upvote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private RelaisChart trend(List<DailyViews> days) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        RelaisChart chart = new RelaisChart(RelaisChart.Type.AREA).setSparkline(true).setChartHeight(32)
                .setTitle(getTranslation("docs-social.stats.trend", ReadingStats.TREND_DAYS))
                .setData(days.stream().map(day -> day.day().format(format)).toList(), List.of(
                        new RelaisChart.Series(getTranslation("docs-social.stats.trend.views"),
                                days.stream().map(DailyViews::views).toList())));
        chart.setWidth("9rem");
        chart.setId("doc-trend");
        return chart;
    }

    private static Span figure(VaadinIcon icon, String text, String id) {
        Span figure = new Span(icon.create(), new Span(text));
        figure.setId(id);
        figure.addClassName("relais-figure");
        return figure;
    }
}
