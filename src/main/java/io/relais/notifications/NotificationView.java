package io.relais.notifications;

import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient sees it: the message is a translation key plus arguments, so
 * it is rendered in the reader's language at display time.
 */
public record NotificationView(long id, String messageKey, List<String> arguments, String link,
        Instant createdAt, boolean read) {
}
