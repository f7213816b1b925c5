package io.relais.platform;

/**
 * A refusal of something the person may see but not do, such as editing a document they may
 * only read: a translated message in the UI like any refusal, and 403 (not 400) over the API,
 * since nothing is wrong with the request itself.
 */
public class NotPermittedException extends UserFacingException {

    public NotPermittedException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
