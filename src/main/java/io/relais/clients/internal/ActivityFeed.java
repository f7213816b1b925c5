package io.relais.clients.internal;

import io.relais.activity.ActivityLog;
import io.relais.clients.TaskStatus;
import io.relais.clients.TimelineEntry;
import io.relais.people.PersonRef;
import io.relais.platform.OffsetPage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to a client or project, in words people read, in the caller's
 * transaction; and the same fact, as codes, to the analytics activity log.
 */
@Component
public class ActivityFeed {

    private static final int MAX_DETAIL = 300;

    private final ClientActivityRepository entries;
    private final ProjectRepository projects;
    private final PeopleLabels people;
    private final ActivityLog activity;
    private final Clock clock;

    ActivityFeed(ClientActivityRepository entries, ProjectRepository projects, PeopleLabels people,
            ActivityLog activity, Clock clock) {
        this.entries = entries;
        this.projects = projects;
        this.people = people;
        this.activity = activity;
        this.clock = clock;
    }

    public void client(Long actorId, Client client, String action, String detail) {
        entries.save(new ClientActivity(clock.instant(), actorId, client.getId(), null, null, action, cut(detail)));
        activity.record(actorId, action, "CLIENT", client.getId());
    }

    public void project(Long actorId, Project project, String action, String detail) {
        entries.save(new ClientActivity(clock.instant(), actorId, project.getClient().getId(), project.getId(), null,
                action, cut(detail)));
        activity.record(actorId, action, "PROJECT", project.getId());
    }

    public void task(Long actorId, Task task, String action, String detail) {
        Project project = task.getProject();
        entries.save(new ClientActivity(clock.instant(), actorId, project.getClient().getId(), project.getId(),
                task.getId(), action, cut(detail)));
        activity.record(actorId, action, "TASK", task.getId());
    }

    /** A status change keeps the new status with the action, so the feed can say where it went. */
    public void taskMoved(Long actorId, Task task) {
        task(actorId, task, "TASK_MOVED:" + task.getStatus().name(), task.getTitle());
    }

    public List<TimelineEntry> ofClient(long clientId, int limit) {
        return entries(entries.findByClientIdOrderByOccurredAtDescIdDesc(clientId, OffsetPage.of(0, limit, Sort.unsorted())));
    }

    public List<TimelineEntry> ofProject(long projectId, int limit) {
        return entries(entries.findByProjectIdOrderByOccurredAtDescIdDesc(projectId, OffsetPage.of(0, limit, Sort.unsorted())));
    }

    private List<TimelineEntry> entries(List<ClientActivity> rows) {
        Map<Long, PersonRef> actors = people.refs(rows.stream().map(ClientActivity::getActorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<Long> projectIds = rows.stream().map(ClientActivity::getProjectId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> projectNames = new HashMap<>();
        projects.findAllById(projectIds).forEach(p -> projectNames.put(p.getId(), p.getName()));
        return rows.stream().map(row -> {
            String[] action = row.getAction().split(":", 2);
            return new TimelineEntry(row.getId(), row.getOccurredAt(),
                    row.getActorId() == null ? null : actors.get(row.getActorId()), action[0],
                    row.getProjectId(), projectNames.get(row.getProjectId()), row.getTaskId(), row.getDetail(),
                    action.length > 1 ? TaskStatus.valueOf(action[1]) : null);
        }).toList();
    }

    private static String cut(String detail) {
        if (detail == null || detail.codePointCount(0, detail.length()) <= MAX_DETAIL) {
            return detail;
        }
        return detail.substring(0, detail.offsetByCodePoints(0, MAX_DETAIL - 1)) + "…";
    }
}
