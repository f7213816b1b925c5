package io.relais.todo;

import java.time.LocalDate;

/**
 * What a person types for one of their own items.
 *
 * @param link a path inside Relais ({@code /docs/12/guide}), a full address of Relais itself, or
 *     an http(s) address; blank for none
 * @param linkLabel what the link shows; the link itself when blank
 */
public record TodoForm(String title, LocalDate dueDate, String link, String linkLabel) {

    public static TodoForm titled(String title) {
        return new TodoForm(title, null, null, null);
    }
}
