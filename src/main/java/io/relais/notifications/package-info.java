/**
 * In-app notifications: any feature notifies a person with a translated message and a link; the
 * shell's bell shows the unread count and receives new notifications live through server push.
 */
package io.relais.notifications;
