package io.relais.people;

/**
 * Directory filter.
 *
 * @param text part of a name or e-mail address; blank for everybody
 * @param teamId only this team, or {@code null}
 * @param includeInactive whether deactivated people are listed too
 */
public record PersonFilter(String text, Long teamId, boolean includeInactive) {

    public static PersonFilter everybodyActive() {
        return new PersonFilter(null, null, false);
    }
}
