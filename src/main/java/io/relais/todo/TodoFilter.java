package io.relais.todo;

/** Which items of one's list to show. */
public enum TodoFilter {
    /** Not done yet, in the owner's order. */
    OPEN,
    /** Not done and due today or earlier, most urgent first: the "my day" list. */
    DUE_TODAY,
    /** Not done and due before today, most overdue first. */
    OVERDUE,
    /** Done, most recently completed first. */
    DONE,
    /** Everything: open items in the owner's order, then done ones. */
    ALL;

    /** Whether the list shows the owner's own order, so items may be reordered by dragging. */
    public boolean ownerOrdered() {
        return this == OPEN || this == ALL;
    }
}
