package io.relais.platform.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * GitHub task list items ({@code - [ ] todo}, {@code - [x] done}). The commonmark extension is
 * not published for our commonmark version, and its {@code <input>} would be stripped by the
 * sanitizer anyway (no form elements), so the box is a read-only symbol.
 */
final class TaskMarker extends CustomNode {

    private final boolean done;

    private TaskMarker(boolean done) {
        this.done = done;
    }

    static void markTaskItems(Node document) {
        for (Node list = document.getFirstChild(); list != null; list = list.getNext()) {
            markIn(list);
        }
    }

    private static void markIn(Node node) {
        if (node instanceof ListItem item && item.getParent() instanceof BulletList
                && item.getFirstChild() instanceof Paragraph paragraph
                && paragraph.getFirstChild() instanceof Text text) {
            String literal = text.getLiteral();
            if (literal.length() >= 3 && literal.charAt(0) == '[' && literal.charAt(2) == ']'
                    && " xX".indexOf(literal.charAt(1)) >= 0
                    && (literal.length() == 3 || literal.charAt(3) == ' ')) {
                text.setLiteral(literal.substring(Math.min(literal.length(), 4)));
                text.insertBefore(new TaskMarker(literal.charAt(1) != ' '));
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            markIn(child);
        }
    }

    static final class Renderer implements NodeRenderer {

        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TaskMarker.class);
        }

        @Override
        public void render(Node node) {
            boolean done = ((TaskMarker) node).done;
            html.tag("span", Map.of("class", done ? "task-box task-done" : "task-box"));
            html.text(done ? "☑" : "☐");
            html.tag("/span");
            html.text(" ");
        }
    }
}
