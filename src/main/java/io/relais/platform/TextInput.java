package io.relais.platform;

/**
 * Checks for free text typed by people: trims, bounds the length in characters as people count
 * them (code points, so an emoji is one), and refuses control characters that have no place in a
 * one-line value. Every refusal is a {@link UserFacingException} naming the field.
 */
public final class TextInput {

    private TextInput() {
    }

    /** A mandatory one-line value. */
    public static String required(String field, String value, int maxLength) {
        String cleaned = optional(field, value, maxLength);
        if (cleaned == null) {
            throw new UserFacingException(field, "validation.required");
        }
        return cleaned;
    }

    /** An optional one-line value: blank becomes {@code null}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new UserFacingException(field, "validation.too-long", maxLength);
        }
        if (trimmed.codePoints().anyMatch(TextInput::isForbiddenControl)) {
            throw new UserFacingException(field, "validation.control-characters");
        }
        return trimmed;
    }

    private static boolean isForbiddenControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL;
    }
}
