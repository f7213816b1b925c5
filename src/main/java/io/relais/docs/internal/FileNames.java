package io.relais.docs.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names people give their files, made harmless for showing and for a download header. The result
 * is never a path: stored files get server-generated names, so a name like {@code ../../etc/passwd}
 * only ever becomes the label {@code passwd}.
 */
public final class FileNames {

    static final String FALLBACK = "file";
    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * Keeps the last path segment, drops control, bidirectional-override and reserved characters,
     * leading dots (no hidden or {@code ..} names) and trailing dots and spaces, and bounds the
     * length while keeping the extension.
     */
    public static String sanitise(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(FileNames::allowed)
                .forEach(c -> kept.appendCodePoint(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c));
        String cleaned = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        return shorten(cleaned);
    }

    /** The lower-case extension without its dot, or an empty string. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return false; // FORMAT covers the bidirectional overrides that disguise an extension
        }
        return "<>:\"/\\|?*".indexOf(codePoint) < 0;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        String stem = name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + suffix;
    }
}
