package io.relais.platform;

import java.util.regex.Pattern;

/** Links that stay inside Relais: a path, never a scheme or a protocol-relative URL. */
public final class InternalLinks {

    private static final Pattern INTERNAL_PATH = Pattern.compile("/(?![/\\\\])[\\p{L}\\p{N}/._~%!$&'()*+,;=:@?#-]*");

    private InternalLinks() {
    }

    public static boolean isInternalPath(String link) {
        return link != null && INTERNAL_PATH.matcher(link).matches();
    }
}
