package io.relais.todo.internal;

import io.relais.platform.InternalLinks;
import io.relais.platform.RelaisProperties;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The links a to-do may carry: a path inside Relais (an address of Relais itself pasted from the
 * browser becomes its path, so it keeps working behind another host name), or an http(s)
 * address. Anything else ({@code javascript:}, {@code data:}, protocol-relative) is refused.
 */
@Component
public class TodoLinks {

    static final int MAX_LENGTH = 1000;

    private final String publicUrl;

    TodoLinks(RelaisProperties properties) {
        String url = properties.publicUrl();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The link to store, or {@code null} for none. */
    public String clean(String field, String typed) {
        String link = TextInput.optional(field, typed, MAX_LENGTH);
        if (link == null) {
            return null;
        }
        if (link.regionMatches(true, 0, publicUrl + "/", 0, publicUrl.length() + 1)) {
            link = link.substring(publicUrl.length());
        }
        if (InternalLinks.isInternalPath(link) || isWebAddress(link)) {
            return link;
        }
        throw new UserFacingException(field, "todo.error.link");
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
