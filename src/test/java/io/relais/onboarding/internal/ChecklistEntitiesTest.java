package io.relais.onboarding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.onboarding.Purpose;
import io.relais.onboarding.ResponsibleParty;
import io.relais.onboarding.TemplateItemForm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules the entities guard, without a database: versions, copies, workflows, completion. */
class ChecklistEntitiesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.PublicHolidays.FRANCE, List.of());

    private Template template() {
        Template template = Template.first(Purpose.ONBOARDING, "Accueil", null, null, NOW, 1L);
        template.addItem(new TemplateItem(new TemplateItemForm("S", "Tâche", null, ResponsibleParty.BUDDY,
                ItemKind.TASK, -1, null)));
        template.addItem(new TemplateItem(new TemplateItemForm("S", "Écrire", null, ResponsibleParty.NEWCOMER,
                ItemKind.WRITE_AND_REVIEW, 5, null)));
        return template;
    }

    private Onboarding onboarding(Template template) {
        return new Onboarding(template, 10L, null, Map.of(ResponsibleParty.NEWCOMER, 10L, ResponsibleParty.BUDDY, 20L),
                MONDAY, calendar, NOW);
    }

    @Test
    void aNewVersionKeepsTheLineageAndRetiresThePrevious() {
        Template first = template();
        Template second = first.nextVersion("Accueil 2", null, "Designer", NOW, 1L);
        assertThat(second.getLineage()).isEqualTo(first.getLineage());
        assertThat(second.getVersionNumber()).isEqualTo(2);
        assertThat(first.isLatest()).isFalse();
        assertThat(second.isLatest()).isTrue();
        assertThatThrownBy(() -> first.nextVersion("Encore", null, null, NOW, 1L)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startingCopiesTheItemsWithTheirPeopleAndDates() {
        Onboarding onboarding = onboarding(template());
        assertThat(onboarding.getItems()).extracting(Item::getTitle, Item::getResponsiblePersonId, Item::getDueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tâche", 20L, LocalDate.of(2026, 2, 27)),
                        org.assertj.core.groups.Tuple.tuple("Écrire", 10L, LocalDate.of(2026, 3, 9)));
        assertThat(onboarding.involves(20L)).isTrue();
        assertThat(onboarding.involves(30L)).isFalse();
    }

    @Test
    void theExerciseIsWrittenSubmittedSentBackAndApproved() {
        Onboarding onboarding = onboarding(template());
        Item task = onboarding.getItems().getFirst();
        Item exercise = onboarding.getItems().getLast();
        assertThatThrownBy(() -> exercise.submit(NOW)).as("nothing written yet").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> exercise.complete(10L, NOW)).isInstanceOf(IllegalStateException.class);
        exercise.startWriting(99L);
        exercise.submit(NOW);
        assertThat(exercise.getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThatThrownBy(() -> exercise.submit(NOW)).as("already in review").isInstanceOf(IllegalStateException.class);
        exercise.sendBack();
        assertThat(exercise.getStatus()).isEqualTo(ItemStatus.CHANGES_REQUESTED);
        assertThatThrownBy(() -> exercise.approve(20L, NOW)).isInstanceOf(IllegalStateException.class);
        exercise.submit(NOW);
        exercise.approve(20L, NOW);
        assertThat(exercise.getStatus()).isEqualTo(ItemStatus.DONE);
        assertThat(exercise.getReviewRounds()).isEqualTo(2);
        assertThat(exercise.getCompletedBy()).isEqualTo(20L);
        assertThatThrownBy(exercise::reopen).isInstanceOf(IllegalStateException.class);

        assertThat(onboarding.refreshCompletion(NOW)).isFalse();
        task.complete(20L, NOW);
        assertThat(onboarding.refreshCompletion(NOW)).as("the last item finishes it").isTrue();
        assertThat(onboarding.getCompletedAt()).isEqualTo(NOW);
        task.reopen();
        onboarding.refreshCompletion(NOW);
        assertThat(onboarding.getCompletedAt()).as("running again").isNull();
    }

    @Test
    void reschedulingMovesOpenItemsOnly() {
        Onboarding onboarding = onboarding(template());
        onboarding.getItems().getFirst().complete(20L, NOW);
        List<Item> moved = onboarding.reschedule(MONDAY.plusWeeks(1), calendar);
        assertThat(moved).extracting(Item::getTitle).containsExactly("Écrire");
        assertThat(onboarding.getItems().getFirst().getDueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(onboarding.getItems().getLast().getDueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }
}
