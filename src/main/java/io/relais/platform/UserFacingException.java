package io.relais.platform;

import java.util.Arrays;

/**
 * A refusal the user can act on: carries a translation key (and its arguments) instead of a
 * message, so the UI shows it in the reader's language. {@code field} names the input at fault,
 * or is {@code null} when the whole request is refused.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public UserFacingException(String field, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
