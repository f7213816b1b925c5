package io.relais.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.docs.DocumentKind;
import io.relais.docs.KindFields;
import io.relais.docs.Visibility;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo history, planned without a database: what it contains and the story it tells. */
class DemoDocumentPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final List<DemoDraft> PLAN = plan(TODAY);

    static DemoPeople roster(LocalDate today) {
        LocalDate founded = today.minusYears(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<DemoPeople.Member> members = new ArrayList<>();
        for (int i = 0; i < DemoOrganisation.HIRES.size(); i++) {
            DemoOrganisation.Hire hire = DemoOrganisation.HIRES.get(i);
            String email = DemoOrganisation.email(hire);
            members.add(new DemoPeople.Member(i + 1, email.substring(0, email.indexOf('@')), hire.first() + " " + hire.last(),
                    hire.team(), DemoOrganisation.startDate(founded, i)));
        }
        return new DemoPeople(members);
    }

    private static List<DemoDraft> plan(LocalDate today) {
        DemoPeople people = roster(today);
        return new DemoDocumentPlan(people, new DemoStory(people, today)).drafts();
    }

    private static long count(Predicate<DemoDraft> which) {
        return PLAN.stream().filter(which).count();
    }

    @Test
    void aboutFourHundredDocumentsOfEveryKindNoTwoAlike() {
        Map<DocumentKind, Long> byKind = PLAN.stream().collect(Collectors.groupingBy(d -> d.kind, Collectors.counting()));
        assertThat(PLAN).hasSizeBetween(370, 450);
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(DocumentKind.values());
        assertThat(byKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(25));
        assertThat(PLAN.stream().map(d -> d.title).distinct().count()).isEqualTo(PLAN.size());
        assertThat(PLAN.stream().map(d -> d.body).distinct().count()).isEqualTo(PLAN.size());
    }

    @Test
    void theSameDayGivesTheSameHistoryAndAnotherDayAValidOne() {
        List<DemoDraft> again = plan(TODAY);
        assertThat(again).extracting(d -> d.title + d.at + d.lastBody()).containsExactlyElementsOf(
                PLAN.stream().map(d -> d.title + d.at + d.lastBody()).toList());
        assertThat(plan(LocalDate.of(2027, 3, 9))).hasSizeBetween(370, 450);
    }

    @Test
    void everythingIsWrittenInThePastByPeopleWhoHadJoinedAndEditedLater() {
        for (DemoDraft draft : PLAN) {
            assertThat(draft.author.presentOn(draft.at.toLocalDate())).as(draft.title).isTrue();
            assertThat(draft.at.toLocalDate()).as(draft.title).isBefore(TODAY.plusDays(1));
            var previous = draft.at;
            for (DemoDraft.Edit edit : draft.edits) {
                assertThat(edit.at()).as(draft.title).isAfter(previous);
                assertThat(edit.editor().presentOn(edit.at().toLocalDate())).as(draft.title).isTrue();
                previous = edit.at();
            }
        }
        assertThat(count(d -> !d.edits.isEmpty())).as("revised").isGreaterThan(PLAN.size() / 5);
        assertThat(count(d -> d.edits.stream().anyMatch(e -> e.editor() != d.author))).as("revised by a colleague").isGreaterThan(25);
        assertThat(count(d -> d.edits.size() >= 2)).as("revised several times").isGreaterThan(5);
    }

    @Test
    void visibilityIsMostlyCompanyWithSomeSpaceNamedPeopleAndAPublicKnowledgeBase() {
        long publicArticles = count(d -> d.visibility == Visibility.PUBLIC && d.kind == DocumentKind.ARTICLE);
        assertThat(count(d -> d.visibility == Visibility.PUBLIC)).isEqualTo(publicArticles).isBetween(15L, 25L);
        assertThat(count(d -> d.visibility == Visibility.COMPANY)).isGreaterThan(PLAN.size() / 2);
        assertThat(count(d -> d.visibility == Visibility.SPACE)).isGreaterThan(30);
        assertThat(PLAN.stream().filter(d -> d.visibility == Visibility.PEOPLE)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.readerIds).isNotEmpty());
        assertThat(PLAN.stream().map(d -> d.space).distinct()).containsExactlyInAnyOrder(DemoStory.COMPANY, 0, 1, 2, 3, 4, 5);
    }

    @Test
    void kindFieldsAreFilledLikeRealOnes() {
        List<KindFields> decisions = finalFields(DocumentKind.DECISION);
        assertThat(decisions).extracting(KindFields::decisionStatus).contains(KindFields.DecisionStatus.PROPOSED,
                KindFields.DecisionStatus.ACCEPTED, KindFields.DecisionStatus.REJECTED);
        assertThat(count(d -> d.supersedes != null)).as("superseded chains").isGreaterThanOrEqualTo(2);
        assertThat(count(d -> d.kind == DocumentKind.DECISION && !d.edits.isEmpty()
                && d.fields.decisionStatus() == KindFields.DecisionStatus.PROPOSED)).as("proposed, then decided").isGreaterThan(20);

        List<KindFields> problems = finalFields(DocumentKind.PROBLEM);
        assertThat(problems).extracting(KindFields::problemStatus).contains(KindFields.ProblemStatus.OPEN, KindFields.ProblemStatus.SOLVED);
        assertThat(problems).filteredOn(f -> f.helpedCount() > 0).hasSizeGreaterThan(10);
        assertThat(problems).allSatisfy(f -> assertThat(f.clientProject()).isNotBlank());

        List<KindFields> feedback = finalFields(DocumentKind.FEEDBACK);
        assertThat(feedback).extracting(KindFields::sentiment).contains(KindFields.Sentiment.values());
        assertThat(feedback).extracting(KindFields::feedbackSource).contains(KindFields.FeedbackSource.values());

        List<KindFields> minutes = finalFields(DocumentKind.MINUTES);
        assertThat(minutes).allSatisfy(f -> assertThat(f.attendeeIds()).isNotEmpty());
        assertThat(minutes).filteredOn(f -> !f.decisionsTaken().isEmpty() && !f.actionItems().isEmpty()).hasSizeGreaterThan(minutes.size() / 2);
        assertThat(minutes).flatExtracting(KindFields::actionItems).extracting(KindFields.ActionItem::done).contains(true, false);

        assertThat(PLAN).filteredOn(d -> d.kind == DocumentKind.ARTICLE).extracting(DemoDraft::lastReviewBy)
                .anyMatch(date -> date.isBefore(TODAY)).anyMatch(date -> date.isAfter(TODAY));
    }

    @Test
    void documentsLinkToEarlierOnesAndMentionColleagues() {
        assertThat(count(d -> d.lastBody().contains("{{doc:") || d.lastBody().contains("[["))).isGreaterThan(40);
        assertThat(count(d -> d.lastBody().matches("(?s).*@[a-z-]+\\.[a-z-]+.*"))).isGreaterThan(PLAN.size() / 3);
        assertThat(count(d -> d.lastBody().contains("\n|---"))).as("tables").isGreaterThan(30);
        assertThat(count(d -> d.lastBody().contains("```"))).as("code blocks").isGreaterThan(8);
    }

    /** Async practices spread year after year; the busy quarter dips; the acquisition team lags behind. */
    @Test
    void theHistoryTellsTheAdoptionStory() {
        DemoPeople people = roster(TODAY);
        DemoStory story = new DemoStory(people, TODAY);
        LocalDate founded = people.founded();
        long[] perYear = new long[3];
        PLAN.forEach(d -> perYear[(int) Math.min(2, ChronoUnit.YEARS.between(founded, d.at.toLocalDate()))]++);
        assertThat(perYear[0]).isLessThan(perYear[1]);
        assertThat(perYear[1]).isLessThan(perYear[2]);

        LocalDate busy = story.busyQuarterStart();
        long during = writtenBetween(busy, busy.plusMonths(3));
        long before = writtenBetween(busy.minusMonths(3), busy);
        long after = writtenBetween(busy.plusMonths(3), busy.plusMonths(6));
        assertThat(during).isLessThan(Math.min(before, after) / 2);

        Map<Integer, Double> perPersonMonth = new java.util.HashMap<>();
        for (int team = 0; team < 6; team++) {
            int t = team;
            long written = count(d -> d.author.team() == t);
            double personMonths = people.team(t, TODAY).stream().mapToDouble(m -> ChronoUnit.DAYS.between(m.start(), TODAY) / 30.0).sum();
            perPersonMonth.put(team, written / personMonths);
        }
        double othersLowest = perPersonMonth.entrySet().stream().filter(e -> e.getKey() != DemoStory.LAGGING_TEAM)
                .mapToDouble(Map.Entry::getValue).min().orElseThrow();
        assertThat(perPersonMonth.get(DemoStory.LAGGING_TEAM)).isLessThan(othersLowest * 0.6);
    }

    private static long writtenBetween(LocalDate from, LocalDate to) {
        return count(d -> !d.at.toLocalDate().isBefore(from) && d.at.toLocalDate().isBefore(to));
    }

    private static List<KindFields> finalFields(DocumentKind kind) {
        return PLAN.stream().filter(d -> d.kind == kind).map(DemoDraft::lastFields).toList();
    }
}
