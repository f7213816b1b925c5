package io.relais.docs.internal;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an imported HTML page into Markdown (ADR 0010): headings, paragraphs, emphasis, links,
 * images, lists, quotes, code, tables and rules survive; scripts, styles, forms and frames are
 * dropped with their content; any other element keeps only its text. The result is edited and
 * rendered like any document, through the Markdown renderer and the sanitizer.
 */
public final class HtmlToMarkdown {

    private static final List<String> DROPPED = List.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "form", "svg", "math", "head", "nav", "button", "select", "textarea");

    private HtmlToMarkdown() {
    }

    /** The page's title ({@code <title>}, else its first {@code <h1>}) and its body as Markdown. */
    public record Converted(String title, String markdown) {
    }

    public static Converted convert(String html) {
        Document page = Jsoup.parse(html);
        String title = page.title().strip();
        Element firstHeading = page.body().selectFirst("h1");
        if (title.isEmpty() && firstHeading != null) {
            title = firstHeading.text().strip();
            firstHeading.remove();
        } else if (firstHeading != null && firstHeading.text().strip().equals(title)) {
            firstHeading.remove();
        }
        StringBuilder out = new StringBuilder();
        blocks(page.body(), out, "");
        String markdown = out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        return new Converted(title.isEmpty() ? null : title, markdown);
    }

    private static void blocks(Element parent, StringBuilder out, String indent) {
        StringBuilder inline = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(inline, out, indent);
                block(element, out, indent);
            } else {
                inline(child, inline);
            }
        }
        flush(inline, out, indent);
    }

    private static void flush(StringBuilder inline, StringBuilder out, String indent) {
        String text = inline.toString().strip();
        if (!text.isEmpty()) {
            out.append(indent).append(text.replace("\n", "\n" + indent)).append("\n\n");
        }
        inline.setLength(0);
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4",
                 "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "figure", "dl" -> true;
            default -> DROPPED.contains(element.normalName());
        };
    }

    private static void block(Element element, StringBuilder out, String indent) {
        String name = element.normalName();
        if (DROPPED.contains(name)) {
            return;
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> out.append(indent).append("#".repeat(name.charAt(1) - '0'))
                    .append(' ').append(inlineText(element)).append("\n\n");
            case "ul", "ol" -> list(element, out, indent, name.equals("ol"));
            case "blockquote" -> {
                StringBuilder quoted = new StringBuilder();
                blocks(element, quoted, "");
                for (String line : quoted.toString().strip().split("\n", -1)) {
                    out.append(indent).append(line.isEmpty() ? ">" : "> " + line).append('\n');
                }
                out.append('\n');
            }
            case "pre" -> {
                String code = element.wholeText().replaceAll("\n+$", "");
                String fence = code.contains("```") ? "~~~" : "```";
                Element codeElement = element.selectFirst("code[class^=language-]");
                String language = codeElement == null ? "" : codeElement.className().substring("language-".length()).split("\\s")[0];
                out.append(indent).append(fence).append(language).append('\n');
                for (String line : code.split("\n", -1)) {
                    out.append(indent).append(line).append('\n');
                }
                out.append(indent).append(fence).append("\n\n");
            }
            case "hr" -> out.append(indent).append("---\n\n");
            case "table" -> table(element, out, indent);
            default -> blocks(element, out, indent);
        }
    }

    private static void list(Element list, StringBuilder out, String indent, boolean ordered) {
        int number = 1;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            String marker = ordered ? (number++) + ". " : "- ";
            StringBuilder content = new StringBuilder();
            blocks(item, content, "");
            // a nested list follows its item's text directly, so the list stays tight
            String[] lines = content.toString().strip().replaceAll("\n\n(?=\\s*(?:[-*+]|\\d+\\.) )", "\n")
                    .split("\n", -1);
            String continuation = indent + " ".repeat(marker.length());
            out.append(indent).append(marker).append(lines[0]).append('\n');
            for (int i = 1; i < lines.length; i++) {
                out.append(lines[i].isEmpty() ? "" : continuation + lines[i]).append('\n');
            }
        }
        out.append('\n');
    }

    private static void table(Element table, StringBuilder out, String indent) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(row -> row.select("> th, > td").size()).max().orElse(0);
        for (int r = 0; r < rows.size(); r++) {
            List<Element> cells = rows.get(r).select("> th, > td");
            out.append(indent).append('|');
            for (int c = 0; c < columns; c++) {
                // inline text already escapes | along with the other Markdown characters
                String text = c < cells.size() ? inlineText(cells.get(c)) : "";
                out.append(' ').append(text).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append(indent).append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        out.append('\n');
    }

    private static String inlineText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            inline(child, text);
        }
        return text.toString().replaceAll("\\s*\n\\s*", " ").strip();
    }

    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escape(text.text()));
            return;
        }
        if (!(node instanceof Element element) || DROPPED.contains(element.normalName())) {
            return;
        }
        switch (element.normalName()) {
            case "strong", "b" -> wrap(element, out, "**");
            case "em", "i" -> wrap(element, out, "*");
            case "del", "s", "strike" -> wrap(element, out, "~~");
            case "code", "kbd" -> {
                String code = element.text();
                String ticks = code.contains("`") ? "``" : "`";
                out.append(ticks).append(code).append(ticks);
            }
            case "br" -> out.append("\\\n");
            case "a" -> {
                String href = element.attr("href").strip();
                String label = inlineText(element);
                if (href.isEmpty() || href.startsWith("#")) {
                    out.append(label);
                } else {
                    out.append('[').append(label.isEmpty() ? href : label).append("](<").append(href.replace(">", "%3E"))
                            .append(">)");
                }
            }
            case "img" -> {
                String src = element.attr("src").strip();
                if (!src.isEmpty()) {
                    out.append("![").append(escape(element.attr("alt"))).append("](<").append(src.replace(">", "%3E"))
                            .append(">)");
                }
            }
            default -> element.childNodes().forEach(child -> inline(child, out));
        }
    }

    private static void wrap(Element element, StringBuilder out, String marker) {
        String text = inlineText(element);
        if (!text.isEmpty()) {
            out.append(marker).append(text).append(marker);
        }
    }

    /** Characters that would turn plain text into Markdown syntax. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
