package io.relais.docs.internal;

import io.relais.docs.DocumentChanged;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentPaths;
import io.relais.todo.LinkedTodo;
import io.relais.todo.LinkedTodoCompleted;
import io.relais.todo.LinkedTodoReopened;
import io.relais.todo.TodoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Action items of meeting minutes on their assignees' to-do lists, and back. Every change of a
 * document brings its items' to-dos up to date (an assignee who may not read the minutes gets
 * none: the to-do would reveal their title); ticking such a to-do ticks the action item. Both
 * run in the writing transaction, so the document and the lists never disagree.
 */
@Component
class ActionItemTodos {

    private static final String PREFIX = "docs:action:";

    private final DocumentRepository documents;
    private final Viewers viewers;
    private final TodoService todos;
    private final ApplicationEventPublisher events;

    ActionItemTodos(DocumentRepository documents, Viewers viewers, TodoService todos,
            ApplicationEventPublisher events) {
        this.documents = documents;
        this.viewers = viewers;
        this.todos = todos;
        this.events = events;
    }

    static String source(long documentId, int position) {
        return PREFIX + documentId + ":" + position;
    }

    @EventListener
    void onDocumentChanged(DocumentChanged change) {
        Optional<Document> document = documents.findById(change.documentId());
        if (document.isPresent() && document.get().getKind() != DocumentKind.MINUTES) {
            return; // a document keeps the kind it was created with: only minutes ever link to-dos
        }
        List<LinkedTodo> linked = new ArrayList<>();
        document.filter(minutes -> !minutes.isDeleted()).ifPresent(minutes -> {
            List<ActionItemValue> items = minutes.getActionItems();
            for (int position = 0; position < items.size(); position++) {
                ActionItemValue item = items.get(position);
                if (item.getAssigneeId() != null && DocumentAccess.canRead(minutes, viewers.of(item.getAssigneeId()))) {
                    linked.add(new LinkedTodo(source(minutes.getId(), position), item.getAssigneeId(), item.getText(),
                            item.getDueDate(), DocumentPaths.of(minutes.getId(), minutes.getSlug()), minutes.getTitle(),
                            item.isDone()));
                }
            }
        });
        todos.syncLinkedGroup(PREFIX + change.documentId() + ":", linked);
    }

    @EventListener
    void onCompleted(LinkedTodoCompleted completed) {
        mark(completed.source(), completed.personId(), true);
    }

    @EventListener
    void onReopened(LinkedTodoReopened reopened) {
        mark(reopened.source(), reopened.personId(), false);
    }

    private void mark(String source, long personId, boolean done) {
        if (!source.startsWith(PREFIX)) {
            return;
        }
        String[] parts = source.substring(PREFIX.length()).split(":");
        long documentId = Long.parseLong(parts[0]);
        int position = Integer.parseInt(parts[1]);
        documents.findById(documentId).filter(document -> document.markActionItemDone(position, personId, done))
                .ifPresent(document -> events.publishEvent(new DocumentChanged(documentId, DocumentChanged.Type.UPDATED)));
    }
}
