package io.relais.clients.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable line of a client's activity feed (and of its project's, when it has one). */
@Entity
@Table(name = "client_activity")
public class ClientActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private Long actorId;
    private long clientId;
    private Long projectId;
    private Long taskId;
    private String action;
    private String detail;

    protected ClientActivity() {
    }

    public ClientActivity(Instant occurredAt, Long actorId, long clientId, Long projectId, Long taskId,
            String action, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.clientId = clientId;
        this.projectId = projectId;
        this.taskId = taskId;
        this.action = action;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
