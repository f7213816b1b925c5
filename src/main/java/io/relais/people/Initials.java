package io.relais.people;

/** Avatar initials from a name, safe for any script (counts code points, not chars). */
public final class Initials {

    private Initials() {
    }

    public static String of(String firstName, String lastName) {
        return first(firstName) + first(lastName);
    }

    private static String first(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        return new String(Character.toChars(Character.toUpperCase(trimmed.codePointAt(0))));
    }
}
