package io.relais.platform.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Turns {@code [[slug]]} and {@code @prenom.nom} in plain text into links. Code spans and code
 * blocks are not text nodes, and text already inside a link is left alone, so neither is touched.
 */
final class LinkResolution extends AbstractVisitor {

    private static final Pattern TOKEN = Pattern.compile(
            "\\[\\[([a-z0-9][a-z0-9-]{0,219})]]|(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,62}[\\p{L}\\p{N}])");
    private static final Pattern MENTION_PATH = Pattern.compile("/people/\\d+");

    private final MarkdownLinks links;
    private final Set<Long> mentioned;
    private final List<Text> texts = new ArrayList<>();

    LinkResolution(MarkdownLinks links, Set<Long> mentioned) {
        this.links = links;
        this.mentioned = mentioned;
    }

    void apply(Node document) {
        document.accept(this);
        texts.forEach(this::resolve);
    }

    static boolean isMention(Link link) {
        return MENTION_PATH.matcher(link.getDestination()).matches()
                && link.getFirstChild() instanceof Text text && text.getLiteral().startsWith("@");
    }

    @Override
    public void visit(Link link) {
        // text inside a link stays as written
    }

    @Override
    public void visit(Text text) {
        texts.add(text);
    }

    private void resolve(Text text) {
        String literal = text.getLiteral();
        Matcher matcher = TOKEN.matcher(literal);
        int last = 0;
        while (matcher.find()) {
            Link link = matcher.group(1) != null ? documentLink(matcher.group(1)) : mention(matcher.group(2));
            if (link == null) {
                continue;
            }
            if (matcher.start() > last) {
                text.insertBefore(new Text(literal.substring(last, matcher.start())));
            }
            text.insertBefore(link);
            last = matcher.end();
        }
        if (last > 0) {
            text.setLiteral(literal.substring(last));
            if (literal.length() == last) {
                text.unlink();
            }
        }
    }

    private Link documentLink(String slug) {
        MarkdownLinks.DocumentLink target = links.document(slug);
        if (target == null) {
            return null;
        }
        Link link = new Link(target.path(), null);
        link.appendChild(new Text(target.title()));
        return link;
    }

    private Link mention(String handle) {
        Long personId = links.person(handle);
        if (personId == null) {
            return null;
        }
        mentioned.add(personId);
        Link link = new Link("/people/" + personId, null);
        link.appendChild(new Text("@" + handle));
        return link;
    }
}
