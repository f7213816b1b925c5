package io.relais.docs;

/** One line of a readable diff. */
public record DiffLine(Type type, String text) {

    public enum Type {
        UNCHANGED, ADDED, REMOVED
    }
}
