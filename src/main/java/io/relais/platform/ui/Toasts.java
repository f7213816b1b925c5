package io.relais.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.relais.platform.UserFacingException;

/** Short translated confirmations and refusals, consistently placed and styled. */
public final class Toasts {

    private static final int DURATION_MS = 5000;

    private Toasts() {
    }

    public static Notification success(String messageKey, Object... arguments) {
        return show(translate(messageKey, arguments), NotificationVariant.LUMO_SUCCESS);
    }

    public static Notification error(String messageKey, Object... arguments) {
        return show(translate(messageKey, arguments), NotificationVariant.LUMO_ERROR);
    }

    public static Notification error(UserFacingException refusal) {
        return error(refusal.messageKey(), refusal.arguments());
    }

    private static String translate(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static Notification show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        return notification;
    }
}
