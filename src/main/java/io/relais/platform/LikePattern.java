package io.relais.platform;

/** SQL {@code LIKE} patterns built from what people type, with their own wildcards escaped. */
public final class LikePattern {

    /** Longer filters are cut: nobody types 200 characters to find a name. */
    private static final int MAX_LENGTH = 200;

    private LikePattern() {
    }

    /**
     * A pattern matching {@code text} anywhere, to be used with {@code escape '\'}; {@code null}
     * for a blank text (meaning "no filter").
     */
    public static String containing(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimmed.substring(0, MAX_LENGTH);
        }
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
