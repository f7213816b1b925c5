package io.relais.notifications.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable pageable);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);
}
