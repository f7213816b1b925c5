package io.relais.notifications;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers committed notifications to the open tabs of their recipient on this node. Listeners
 * are the shell's bells; each registers while attached and must push through its own UI.
 */
@Component
public class NotificationBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(NotificationBroadcaster.class);

    private final Map<Long, List<Consumer<NotificationPosted>>> listeners = new ConcurrentHashMap<>();

    public Registration register(long personId, Consumer<NotificationPosted> listener) {
        listeners.computeIfAbsent(personId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(personId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void deliver(NotificationPosted posted) {
        for (Consumer<NotificationPosted> listener : listeners.getOrDefault(posted.recipientId(), List.of())) {
            try {
                listener.accept(posted);
            } catch (RuntimeException e) {
                log.warn("A notification listener failed; the others still receive it", e);
            }
        }
    }

    int listenerCount(long personId) {
        return listeners.getOrDefault(personId, List.of()).size();
    }
}
