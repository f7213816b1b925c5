package io.relais.onboarding.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.relais.onboarding.ChecklistItem;
import io.relais.onboarding.ChecklistWork;
import io.relais.onboarding.ItemKind;
import io.relais.onboarding.OnboardingDetails;
import io.relais.onboarding.OnboardingService;
import io.relais.onboarding.OnboardingSummary;
import io.relais.onboarding.ResponsibleParty;
import io.relais.platform.ui.Formats;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * "My onboarding": the newcomer's own checklist (progress, what is due this week, the articles to
 * read, the writing exercise and its review thread, who to ask, then every item), and for
 * buddies, managers and contacts, the items and reviews waiting for them in others' checklists.
 */
@Route("onboarding")
@Menu(order = 6, title = "onboarding.menu.mine", icon = "vaadin:academy-cap")
@PermitAll
public class MyOnboardingView extends VerticalLayout implements HasDynamicTitle {

    private final OnboardingService onboardings;
    private final ChecklistWork work;
    private final Clock clock;

    public MyOnboardingView(OnboardingService onboardings, ChecklistWork work, Clock clock) {
        this.onboardings = onboardings;
        this.work = work;
        this.clock = clock;
        addClassName("relais-page");
        render();
    }

    private void render() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        boolean any = onboardings.mine().map(mine -> {
            own(mine, today);
            return true;
        }).orElse(false);
        any |= others(today);
        if (!any) {
            Paragraph empty = new Paragraph(getTranslation("onboarding.mine.empty"));
            empty.setId("onboarding-empty");
            add(empty);
        }
    }

    private void own(OnboardingDetails mine, LocalDate today) {
        H2 title = new H2(getTranslation("onboarding.mine.title." + mine.purpose(), mine.templateName()));
        title.setId("onboarding-title");
        Span start = new Span(getTranslation("onboarding.start-date", Formats.longDate(mine.startDate(), getLocale())));
        start.addClassName("relais-muted");
        add(title, start, OnboardingUi.progress(mine.doneCount(), mine.items().size(), "onboarding-progress"));
        add(whoToAsk(mine));

        // each item once: the sections a newcomer looks for first, then the rest of the list
        long me = mine.personId();
        List<ChecklistItem> articles = mine.items().stream().filter(item -> item.kind() == ItemKind.READ_AND_CONFIRM).toList();
        List<ChecklistItem> exercises = mine.items().stream().filter(item -> item.kind() == ItemKind.WRITE_AND_REVIEW).toList();
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<ChecklistItem> thisWeek = mine.items().stream().filter(item -> !item.done()
                && !articles.contains(item) && !exercises.contains(item)
                && Long.valueOf(me).equals(item.responsiblePersonId()) && !item.dueDate().isAfter(endOfWeek)).toList();
        section("onboarding.mine.this-week", "onboarding-this-week", thisWeek, mine, today);
        section("onboarding.mine.articles", "onboarding-articles", articles, mine, today);
        section("onboarding.mine.exercise", "onboarding-exercise", exercises, mine, today);
        List<ChecklistItem> rest = mine.items().stream().filter(item -> !thisWeek.contains(item)
                && !articles.contains(item) && !exercises.contains(item)).toList();
        if (!rest.isEmpty()) {
            add(new H3(getTranslation("onboarding.mine.everything")));
            add(new ChecklistSections(rest, mine.audit(), work, today, clock.getZone(), this::render));
        }
    }

    private Div whoToAsk(OnboardingDetails mine) {
        Div who = new Div(new H3(getTranslation("onboarding.mine.who-to-ask")));
        who.setId("onboarding-who");
        mine.participants().stream().filter(p -> p.role() != ResponsibleParty.NEWCOMER).forEach(p -> {
            Anchor person = new Anchor("/people/" + p.personId(), p.fullName());
            Div line = new Div(new Span(getTranslation("onboarding.party." + p.role()) + " : "), person);
            who.add(line);
        });
        return who;
    }

    private void section(String titleKey, String id, List<ChecklistItem> items, OnboardingDetails mine, LocalDate today) {
        if (items.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey)));
        Div cards = new Div();
        cards.addClassName("relais-cards");
        cards.setId(id);
        items.forEach(item -> cards.add(new ItemCard(item, mine.audit(), work, today, clock.getZone(), this::render)));
        add(cards);
    }

    /** What waits for the reader in other people's checklists. */
    private boolean others(LocalDate today) {
        List<ChecklistItem> reviews = onboardings.reviewsWaiting();
        List<ChecklistItem> waiting = onboardings.waitingForMe();
        List<OnboardingSummary> involving = onboardings.involvingMe();
        if (reviews.isEmpty() && waiting.isEmpty() && involving.isEmpty()) {
            return false;
        }
        add(new H2(getTranslation("onboarding.others.title")));
        cards("onboarding.others.reviews", "onboarding-reviews", reviews, today);
        cards("onboarding.others.items", "onboarding-waiting", waiting, today);
        if (!involving.isEmpty()) {
            add(new H3(getTranslation("onboarding.others.checklists")));
            Div list = new Div();
            list.setId("onboarding-involving");
            for (OnboardingSummary summary : involving) {
                Anchor link = new Anchor("/onboarding/" + summary.id(), summary.personName());
                Span progress = new Span(" · " + getTranslation("onboarding.percent-done", summary.percentDone())
                        + (summary.overdueCount() > 0 ? " · " + getTranslation("onboarding.overdue-count", summary.overdueCount()) : ""));
                list.add(new Div(link, progress));
            }
            add(list);
        }
        return true;
    }

    private void cards(String titleKey, String id, List<ChecklistItem> items, LocalDate today) {
        if (items.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey)));
        Div cards = new Div();
        cards.addClassName("relais-cards");
        cards.setId(id);
        items.forEach(item -> cards.add(new ItemCard(item, List.of(), work, today, clock.getZone(), this::render)
                .withChecklistLink()));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.menu.mine");
    }
}
