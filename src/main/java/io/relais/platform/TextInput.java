package io.relais.platform;

/**
 * Checks for free text typed by people: trims (no-break spaces pasted from documents too), bounds
 * the length in characters as people count them (code points, so an emoji is one), and refuses
 * control characters and line breaks that have no place in a one-line value. Every refusal is a
 * {@link UserFacingException} naming the field.
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
        String trimmed = value == null ? "" : strip(value);
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new UserFacingException(field, "validation.too-long", maxLength);
        }
        if (trimmed.codePoints().anyMatch(TextInput::isForbiddenControl)) {
            throw new UserFacingException(field, "validation.control-characters");
        }
        return wellFormed(field, trimmed);
    }

    /**
     * Refuses text with half of a surrogate pair (a broken emoji, or "\uD800" sent to the API):
     * UTF-8, which the database, JSON and pages speak, cannot carry it, so it would silently
     * become "?". Multi-line fields, which allow line breaks, call this themselves.
     */
    public static String wellFormed(String field, String value) {
        if (value != null && value.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw new UserFacingException(field, "validation.malformed-text");
        }
        return value;
    }

    /** Like {@link String#strip()}, but also removes space separators such as U+00A0. */
    private static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (end > start && isSpace(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isForbiddenControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
