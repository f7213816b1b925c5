package io.relais.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import io.relais.notifications.NotificationBroadcaster;
import io.relais.notifications.NotificationService;
import io.relais.notifications.NotificationView;
import io.relais.platform.CurrentUser;
import io.relais.platform.ui.Formats;
import io.relais.platform.ui.UiAccess;
import java.time.ZoneId;

/**
 * The bell in the shell: unread count, the latest notifications in a popover, mark as read.
 * New notifications arrive by server push while the tab is open.
 */
public class NotificationBell extends Composite<Div> {

    static final int SHOWN = 20;

    private final NotificationService notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private Registration liveUpdates;

    public NotificationBell(NotificationService notifications, NotificationBroadcaster broadcaster,
            CurrentUser currentUser) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setId("notification-bell");
        badge.addClassName("relais-bell-badge");
        badge.setId("notification-count");
        getContent().getStyle().set("position", "relative");
        getContent().add(button, badge);

        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("22rem");
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                renderList();
            }
        });
        Button markAll = new Button(getTranslation("notifications.mark-all-read"), click -> {
            notifications.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(new Span(getTranslation("notifications.title")), markAll);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        list.setPadding(false);
        list.setSpacing(false);
        popover.add(header, list);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        UI ui = event.getUI();
        currentUser.get().map(p -> p.personId()).ifPresent(personId ->
                liveUpdates = broadcaster.register(personId, posted -> UiAccess.asOwner(ui, this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (liveUpdates != null) {
            liveUpdates.remove();
            liveUpdates = null;
        }
    }

    /** The unread count as shown on the badge. */
    public long unread() {
        return Long.parseLong(badge.getText().isEmpty() ? "0" : badge.getText().replace("+", ""));
    }

    private void refresh() {
        if (currentUser.get().map(p -> p.personId()).isEmpty()) {
            setVisible(false);
            return;
        }
        long unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notifications.bell-label", unread));
        renderList();
    }

    private void renderList() {
        list.removeAll();
        var recent = notifications.recent(SHOWN);
        if (recent.isEmpty()) {
            list.add(new Span(getTranslation("notifications.empty")));
        }
        for (NotificationView notification : recent) {
            list.add(entry(notification));
        }
    }

    private Div entry(NotificationView notification) {
        Div entry = new Div();
        entry.setWidthFull();
        Span text = new Span(getTranslation(notification.messageKey(), notification.arguments().toArray()));
        if (!notification.read()) {
            text.addClassName("relais-notification-unread");
        }
        Span when = new Span(Formats.dateTime(notification.createdAt(), ZoneId.systemDefault(), getLocale()));
        when.addClassName("relais-muted");
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)");
        entry.add(text, when);
        entry.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0");
        entry.addClickListener(click -> {
            notifications.markRead(notification.id());
            if (notification.link() != null) {
                UI.getCurrent().navigate(notification.link().substring(1));
            }
            refresh();
        });
        return entry;
    }
}
