package io.relais.onboarding;

/** How an item is done. */
public enum ItemKind {
    /** Read the linked knowledge-base article and confirm it (the confirmation is recorded). */
    READ_AND_CONFIRM,
    /** The newcomer writes a short document; the buddy approves it or sends it back with a comment. */
    WRITE_AND_REVIEW,
    /** A meeting (the newcomer 1:1s are planned by the rituals); done when it took place. */
    MEET,
    /** A plain task, ticked when done. */
    TASK,
    /** Offboarding's last step: an administrator confirms it and the person is deactivated. */
    DEACTIVATE_ACCOUNT
}
