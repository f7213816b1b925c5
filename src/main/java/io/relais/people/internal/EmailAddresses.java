package io.relais.people.internal;

import io.relais.platform.UserFacingException;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * E-mail address checks that accept the odd but valid forms people really have ({@code
 * o'brien+relais@sub.example.fr}, upper case, internationalised domains, quoted local parts) and
 * refuse what cannot be delivered. The domain is stored in lower case; the local part as typed.
 */
final class EmailAddresses {

    /** RFC 5322 dot-atom, or a quoted string without line breaks. */
    private static final Pattern LOCAL_PART = Pattern.compile(
            "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*"
                    + "|\"([^\"\\\\\\r\\n]|\\\\.)+\"");
    private static final Pattern ASCII_DOMAIN = Pattern.compile(
            "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    private EmailAddresses() {
    }

    static String normalise(String field, String raw) {
        String value = raw.strip();
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.length() > 254) {
            throw invalid(field);
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.length() > 64 || !LOCAL_PART.matcher(local).matches()) {
            throw invalid(field);
        }
        // IDN mapping silently drops invisible characters (zero-width space, soft hyphen): an
        // address kept as typed would look like another one.
        if (domain.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            throw invalid(field);
        }
        try {
            String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            if (!ASCII_DOMAIN.matcher(ascii).matches()) {
                throw invalid(field);
            }
        } catch (IllegalArgumentException e) {
            throw invalid(field);
        }
        return local + "@" + domain;
    }

    private static UserFacingException invalid(String field) {
        return new UserFacingException(field, "people.error.email-invalid");
    }
}
