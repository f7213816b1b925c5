package io.relais.onboarding.internal;

import io.relais.onboarding.ItemKind;
import io.relais.onboarding.ItemStatus;
import io.relais.todo.LinkedTodo;
import io.relais.todo.TodoService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Keeps checklist items on their responsible person's to-do list (ticking one there does the
 * item: ticking the writing exercise submits it), and a writing exercise in review on its
 * reviewer's list (ticking it approves it).
 */
@Component
public class ItemTodos {

    static final String ITEM_PREFIX = "onboarding:item:";
    static final String REVIEW_PREFIX = "onboarding:review:";

    private final TodoService todos;

    ItemTodos(TodoService todos) {
        this.todos = todos;
    }

    /** Brings the item's to-dos up to date; {@code personName} is whom the checklist is for. */
    public void sync(Item item, String personName) {
        syncAll(List.of(item), onboarding -> personName);
    }

    /**
     * Brings the to-dos of many items up to date in a few queries (a checklist written at once);
     * {@code personNames} says whom each item's checklist is for.
     */
    public void syncAll(Collection<Item> items, Function<Onboarding, String> personNames) {
        List<LinkedTodo> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Item item : items) {
            changes(item, personNames.apply(item.getOnboarding()), kept, removed);
        }
        todos.syncLinkedAll(kept);
        todos.removeLinkedAll(removed);
    }

    /** The item's own to-do and, for a writing exercise, its review's: kept up to date or removed. */
    private static void changes(Item item, String personName, List<LinkedTodo> kept, List<String> removed) {
        Onboarding onboarding = item.getOnboarding();
        String link = "/onboarding/" + onboarding.getId();
        if (item.getResponsiblePersonId() == null) {
            removed.add(ITEM_PREFIX + item.getId());
        } else {
            boolean forNewcomer = item.getResponsiblePersonId() == onboarding.getPersonId();
            kept.add(new LinkedTodo(ITEM_PREFIX + item.getId(), item.getResponsiblePersonId(),
                    forNewcomer ? item.getTitle() : item.getTitle() + " — " + personName, item.getDueDate(),
                    forNewcomer ? "/onboarding" : link, personName, doneByItsOwner(item)));
        }
        if (item.getKind() != ItemKind.WRITE_AND_REVIEW) {
            return;
        }
        Long reviewer = Caller.reviewerOf(onboarding);
        boolean reviewed = item.getStatus() == ItemStatus.DONE && item.getReviewRounds() > 0;
        if (reviewer != null && (item.getStatus() == ItemStatus.IN_REVIEW || reviewed)) {
            kept.add(new LinkedTodo(REVIEW_PREFIX + item.getId(), reviewer,
                    item.getTitle() + " — " + personName, item.getDueDate(), link, personName, reviewed));
        } else {
            removed.add(REVIEW_PREFIX + item.getId());
        }
    }

    /** A submitted exercise is off its writer's list until it comes back with changes. */
    private static boolean doneByItsOwner(Item item) {
        return item.getStatus() == ItemStatus.DONE || item.getStatus() == ItemStatus.IN_REVIEW;
    }

    /** The item a to-do stands for, and whether it is its review, if it is one of ours. */
    public static Optional<Linked> linked(String source) {
        for (String prefix : new String[] {ITEM_PREFIX, REVIEW_PREFIX}) {
            if (source != null && source.startsWith(prefix)) {
                try {
                    return Optional.of(new Linked(Long.parseLong(source.substring(prefix.length())),
                            prefix.equals(REVIEW_PREFIX)));
                } catch (NumberFormatException notOurs) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public record Linked(long itemId, boolean review) {
    }
}
