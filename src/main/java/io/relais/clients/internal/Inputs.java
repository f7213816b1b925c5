package io.relais.clients.internal;

import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Checks of the client module's fields that {@link io.relais.platform.TextInput} does not cover. */
public final class Inputs {

    public static final int MAX_LONG_TEXT = 20_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{4,30}");

    private Inputs() {
    }

    /** Multi-line text (notes, descriptions, comments): bounded, blank becomes {@code null}. */
    public static String longText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_LONG_TEXT) {
            throw new UserFacingException(field, "validation.too-long", MAX_LONG_TEXT);
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')) {
            throw new UserFacingException(field, "validation.control-characters");
        }
        return TextInput.wellFormed(field, value.strip());
    }

    public static String email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new UserFacingException(field, "clients.error.email");
        }
        return value;
    }

    public static String phone(String field, String value) {
        if (value != null && !PHONE.matcher(value).matches()) {
            throw new UserFacingException(field, "clients.error.phone");
        }
        return value;
    }

    public static void datesInOrder(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new UserFacingException(field, "clients.error.dates-order");
        }
    }

    /** A positive amount with at most {@code scale} decimals and below {@code max}; {@code null} allowed. */
    public static BigDecimal amount(String field, BigDecimal value, int scale, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(max) >= 0) {
            throw new UserFacingException(field, "clients.error.amount-range", max);
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw new UserFacingException(field, "clients.error.amount-scale", scale);
        }
        return value.setScale(scale);
    }
}
