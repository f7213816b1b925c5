package io.relais.todo;

/** Where a dragged item lands relative to the item it is dropped on. */
public enum Placement {
    BEFORE, AFTER
}
