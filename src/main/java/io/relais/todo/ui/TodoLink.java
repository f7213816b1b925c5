package io.relais.todo.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import io.relais.platform.InternalLinks;
import io.relais.todo.TodoItem;

/** The link of a to-do: inside Relais through the router, elsewhere in a new tab without referrer. */
final class TodoLink {

    private TodoLink() {
    }

    /** The item's link as an anchor, or {@code null} when it has none. */
    static Anchor of(TodoItem item) {
        if (item.link() == null) {
            return null;
        }
        Anchor anchor = new Anchor(item.link(), item.linkLabel() == null ? item.link() : item.linkLabel());
        if (InternalLinks.isInternalPath(item.link())) {
            anchor.getElement().setAttribute("router-link", true);
        } else {
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
        }
        anchor.addClassName("relais-todo-link");
        return anchor;
    }
}
