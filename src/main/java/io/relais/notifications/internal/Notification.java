package io.relais.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long recipientId;
    private String messageKey;
    /** Arguments, one per line (arguments never contain line breaks: they are sanitised). */
    private String arguments;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long recipientId, String messageKey, String arguments, String link, Instant createdAt) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
