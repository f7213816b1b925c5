package io.relais.notifications;

/** Published (and delivered to open tabs) once a notification is committed. */
public record NotificationPosted(long recipientId, long notificationId) {
}
