package io.relais.todo;

import io.relais.platform.CurrentUser;
import io.relais.platform.InternalLinks;
import io.relais.platform.NotFoundException;
import io.relais.platform.OffsetPage;
import io.relais.platform.TextInput;
import io.relais.platform.UserFacingException;
import io.relais.todo.internal.Todo;
import io.relais.todo.internal.TodoLinks;
import io.relais.todo.internal.TodoRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's to-do list. People read and change only their own list: an item of somebody
 * else answers "not found". Other features put their work items on their assignee's list with
 * {@link #syncLinked} and take them off with {@link #removeLinked}; ticking such an item publishes
 * {@link LinkedTodoCompleted} (unticking, {@link LinkedTodoReopened}) for the owning feature.
 */
@Service
@Transactional
public class TodoService {

    static final int MAX_TITLE = 300;
    static final int MAX_LINK_LABEL = 200;
    private static final Pattern SOURCE = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Sort OWNER_ORDER = Sort.by("done", "position", "id");
    private static final Sort MOST_URGENT = Sort.by("dueDate", "position", "id");
    private static final Sort RECENTLY_DONE = Sort.by(Sort.Order.desc("completedAt"), Sort.Order.desc("id"));

    private final TodoRepository todos;
    private final TodoLinks links;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TodoService(TodoRepository todos, TodoLinks links, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.todos = todos;
        this.links = links;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TodoItem> page(TodoFilter filter, int offset, int limit) {
        long me = currentUser.requirePersonId();
        Sort sort = switch (filter) {
            case OPEN, ALL -> OWNER_ORDER;
            case DUE_TODAY, OVERDUE -> MOST_URGENT;
            case DONE -> RECENTLY_DONE;
        };
        return todos.page(me, openOnly(filter), filter == TodoFilter.DONE, dueBefore(filter),
                OffsetPage.of(offset, limit, sort)).stream().map(TodoService::item).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(TodoFilter filter) {
        return todos.count(currentUser.requirePersonId(), openOnly(filter), filter == TodoFilter.DONE,
                dueBefore(filter));
    }

    /** The caller's own item. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TodoItem get(long id) {
        return item(own(id));
    }

    /** Adds an item at the top of the caller's list. */
    @PreAuthorize("isAuthenticated()")
    public TodoItem add(TodoForm form) {
        long me = currentUser.requirePersonId();
        Todo todo = new Todo(me, null, todos.firstPosition(me) - 1, clock.instant());
        describe(todo, form);
        return item(todos.saveAndFlush(todo));
    }

    /**
     * Saves an edit of one of the caller's own items made from {@code expectedVersion}; a linked
     * item is changed where it comes from, not here.
     */
    @PreAuthorize("isAuthenticated()")
    public TodoItem update(long id, long expectedVersion, TodoForm form) {
        Todo todo = ownUnlinked(id);
        if (todo.getVersion() != expectedVersion) {
            throw new UserFacingException(null, "error.concurrent-edit");
        }
        describe(todo, form);
        return item(todos.saveAndFlush(todo));
    }

    /** Ticks or unticks an item; for a linked item the owning feature hears about it. */
    @PreAuthorize("isAuthenticated()")
    public TodoItem setDone(long id, boolean done) {
        Todo todo = own(id);
        if (todo.markDone(done, clock.instant()) && todo.isLinked()) {
            events.publishEvent(done ? new LinkedTodoCompleted(todo.getSource(), todo.getOwnerId())
                    : new LinkedTodoReopened(todo.getSource(), todo.getOwnerId()));
        }
        return item(todos.saveAndFlush(todo));
    }

    @PreAuthorize("isAuthenticated()")
    public void delete(long id) {
        todos.delete(ownUnlinked(id));
    }

    /**
     * Moves one of the caller's items just before or after another of their items (a drag and
     * drop), shifting those in between by one place.
     */
    @PreAuthorize("isAuthenticated()")
    public void move(long id, long targetId, Placement placement) {
        Todo moving = own(id);
        Todo target = own(targetId);
        if (moving.getId().equals(target.getId())) {
            return;
        }
        long owner = moving.getOwnerId();
        long from = moving.getPosition();
        long to = target.getPosition();
        boolean before = Objects.requireNonNull(placement) == Placement.BEFORE;
        long newPosition;
        if (from > to) {
            newPosition = before ? to : to + 1;
            if (newPosition < from) {
                todos.shift(owner, newPosition, from - 1, 1);
            }
        } else {
            newPosition = before ? to - 1 : to;
            if (newPosition > from) {
                todos.shift(owner, from + 1, newPosition, -1);
            }
        }
        // the shift cleared the persistence context: load the moved item again
        todos.findById(id).orElseThrow(NotFoundException::new).placeAt(newPosition);
    }

    /**
     * Moves one of the caller's items one place up or down among those with the same done state:
     * the keyboard's way of dragging.
     */
    @PreAuthorize("isAuthenticated()")
    public void nudge(long id, boolean up) {
        Todo todo = own(id);
        (up ? todos.findFirstByOwnerIdAndDoneAndPositionLessThanOrderByPositionDesc(todo.getOwnerId(), todo.isDone(),
                todo.getPosition())
                : todos.findFirstByOwnerIdAndDoneAndPositionGreaterThanOrderByPositionAsc(todo.getOwnerId(),
                        todo.isDone(), todo.getPosition()))
                .ifPresent(neighbour -> {
                    long position = todo.getPosition();
                    todo.placeAt(neighbour.getPosition());
                    neighbour.placeAt(position);
                });
    }

    /**
     * Puts another feature's work item on its assignee's list, or brings it up to date: wording,
     * due date, link and done state follow the work item; a new assignee gets it at the top of
     * their list. Publishes nothing: the owning feature already knows.
     */
    @PreAuthorize("isAuthenticated()")
    public void syncLinked(LinkedTodo linked) {
        syncLinkedAll(List.of(linked));
    }

    /**
     * As {@link #syncLinked} for many work items at once (a feature writing its history): the
     * items that exist and each assignee's top position are read in two queries, whatever the
     * number of items; new ones go to the top of their assignee's list in the order given.
     */
    @PreAuthorize("isAuthenticated()")
    public void syncLinkedAll(Collection<LinkedTodo> linked) {
        if (linked.isEmpty()) {
            return;
        }
        for (LinkedTodo one : linked) {
            checkedSource(one.source());
            if (one.link() != null && !InternalLinks.isInternalPath(one.link())) {
                throw new IllegalArgumentException("Linked to-dos link to paths inside Relais: " + one.link());
            }
            if (one.title() == null || one.title().isBlank()) {
                throw new IllegalArgumentException("A linked to-do needs a title: " + one.source());
            }
        }
        Map<String, Todo> existing = new HashMap<>();
        todos.findBySourceIn(linked.stream().map(LinkedTodo::source).toList())
                .forEach(todo -> existing.put(todo.getSource(), todo));
        Map<Long, Long> top = new HashMap<>();
        for (Object[] row : todos.firstPositions(linked.stream().map(LinkedTodo::personId).distinct().toList())) {
            top.put((Long) row[0], (Long) row[1]);
        }
        Instant now = clock.instant();
        List<Todo> changed = new ArrayList<>(linked.size());
        for (LinkedTodo one : linked) {
            Todo todo = existing.get(one.source());
            if (todo == null) {
                todo = new Todo(one.personId(), one.source(), above(top, one.personId()), now);
            } else if (todo.getOwnerId() != one.personId()) {
                todo.moveTo(one.personId(), above(top, one.personId()));
            }
            todo.describe(shortened(one.title(), MAX_TITLE), one.dueDate(), one.link(),
                    shortened(one.linkLabel(), MAX_LINK_LABEL));
            todo.markDone(one.done(), now);
            changed.add(todo);
        }
        todos.saveAll(changed);
    }

    /** The position above everything on the person's list, taken (the next one goes above it). */
    private static long above(Map<Long, Long> top, long personId) {
        long position = top.getOrDefault(personId, 0L) - 1;
        top.put(personId, position);
        return position;
    }

    /**
     * Makes the linked items whose source starts with {@code sourcePrefix} exactly {@code
     * linked}: each is synchronised and the others with that prefix are removed (e.g. all action
     * items of one set of minutes, {@code docs:action:12:}).
     */
    @PreAuthorize("isAuthenticated()")
    public void syncLinkedGroup(String sourcePrefix, Collection<LinkedTodo> linked) {
        String prefix = checkedSource(sourcePrefix);
        Set<String> kept = new HashSet<>();
        for (LinkedTodo todo : linked) {
            if (!todo.source().startsWith(prefix)) {
                throw new IllegalArgumentException(todo.source() + " does not start with " + prefix);
            }
            kept.add(todo.source());
        }
        // Entity by entity, not a bulk delete: callers run this inside their own writes, whose
        // loaded entities must stay managed.
        todos.deleteAll(todos.findBySourceStartingWith(prefix).stream()
                .filter(todo -> !kept.contains(todo.getSource())).toList());
        syncLinkedAll(linked);
    }

    /** Takes a work item off its assignee's list (it was deleted or unassigned). */
    @PreAuthorize("isAuthenticated()")
    public void removeLinked(String source) {
        removeLinkedAll(List.of(source));
    }

    /** As {@link #removeLinked} for many work items, in one query. */
    @PreAuthorize("isAuthenticated()")
    public void removeLinkedAll(Collection<String> sources) {
        sources.forEach(TodoService::checkedSource);
        if (sources.isEmpty()) {
            return;
        }
        todos.deleteAll(todos.findBySourceIn(List.copyOf(sources)));
    }

    private void describe(Todo todo, TodoForm form) {
        String title = TextInput.required("title", form.title(), MAX_TITLE);
        String link = links.clean("link", form.link());
        String label = TextInput.optional("linkLabel", form.linkLabel(), MAX_LINK_LABEL);
        todo.describe(title, form.dueDate(), link, label);
    }

    private Todo own(long id) {
        return todos.findByIdAndOwnerId(id, currentUser.requirePersonId()).orElseThrow(NotFoundException::new);
    }

    private Todo ownUnlinked(long id) {
        Todo todo = own(id);
        if (todo.isLinked()) {
            throw new UserFacingException(null, "todo.error.linked");
        }
        return todo;
    }

    private LocalDate dueBefore(TodoFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return switch (filter) {
            case DUE_TODAY -> today.plusDays(1);
            case OVERDUE -> today;
            default -> null;
        };
    }

    private static boolean openOnly(TodoFilter filter) {
        return filter != TodoFilter.DONE && filter != TodoFilter.ALL;
    }

    private static String checkedSource(String source) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("A to-do source is 1 to 200 printable ASCII characters: " + source);
        }
        return source;
    }

    /** Another feature's wording may be longer than a to-do title: cut it, in code points. */
    private static String shortened(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) > max
                ? flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…" : flat;
    }

    private static TodoItem item(Todo t) {
        return new TodoItem(t.getId(), t.getVersion(), t.getTitle(), t.getDueDate(), t.getLink(), t.getLinkLabel(),
                t.isDone(), t.isLinked(), t.getCreatedAt(), t.getCompletedAt());
    }
}
