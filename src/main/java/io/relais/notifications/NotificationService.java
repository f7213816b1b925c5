package io.relais.notifications;

import io.relais.notifications.internal.Notification;
import io.relais.notifications.internal.NotificationRepository;
import io.relais.platform.AfterCommit;
import io.relais.platform.CurrentUser;
import io.relais.platform.InternalLinks;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies people. Features call {@link #notify}; each person reads and clears only their own
 * notifications.
 */
@Service
@Transactional
public class NotificationService {

    static final int MAX_ARGUMENTS = 5;
    static final int MAX_ARGUMENT_LENGTH = 200;

    private final NotificationRepository notifications;
    private final NotificationBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationBroadcaster broadcaster,
            CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Notifies a person; the open tabs of the recipient learn about it once the surrounding
     * transaction commits.
     *
     * @param messageKey translation key of the message, with {@code {0}}-style placeholders
     * @param link a path inside Relais (e.g. {@code /people/12}), or {@code null}
     */
    @PreAuthorize("isAuthenticated()")
    public long notify(long recipientId, String messageKey, String link, String... arguments) {
        if (link != null && !InternalLinks.isInternalPath(link)) {
            throw new IllegalArgumentException("Notification links must be paths inside Relais: " + link);
        }
        Notification saved = notifications.save(new Notification(recipientId, messageKey,
                encode(arguments), link, clock.instant()));
        NotificationPosted posted = new NotificationPosted(recipientId, saved.getId());
        AfterCommit.run(() -> broadcaster.deliver(posted));
        return saved.getId();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.requirePersonId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationView> recent(int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentUser.requirePersonId(),
                        OffsetPage.of(0, limit, Sort.unsorted()))
                .stream().map(NotificationService::view).toList();
    }

    /** Marks one of the caller's own notifications read; anybody else's is "not found". */
    @PreAuthorize("isAuthenticated()")
    public void markRead(long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getRecipientId() == currentUser.requirePersonId())
                .orElseThrow(NotFoundException::new);
        notification.markRead(clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(currentUser.requirePersonId(), clock.instant());
    }

    private static String encode(String... arguments) {
        return String.join("\n", Arrays.stream(arguments).limit(MAX_ARGUMENTS)
                .map(NotificationService::clean).toList());
    }

    private static String clean(String argument) {
        String flat = argument == null ? "" : argument.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
        // Counted and cut in code points: a cut inside an emoji's surrogate pair would be stored as "?".
        return flat.codePointCount(0, flat.length()) > MAX_ARGUMENT_LENGTH
                ? flat.substring(0, flat.offsetByCodePoints(0, MAX_ARGUMENT_LENGTH - 1)) + "…" : flat;
    }

    private static NotificationView view(Notification n) {
        List<String> arguments = n.getArguments().isEmpty() ? List.of() : List.of(n.getArguments().split("\n", -1));
        return new NotificationView(n.getId(), n.getMessageKey(), arguments, n.getLink(), n.getCreatedAt(),
                n.getReadAt() != null);
    }

}
