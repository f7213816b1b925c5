package io.relais.demo;

import io.relais.docs.DocumentKind;
import io.relais.docs.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code demo/documents.md}: hand-written demo documents with their later revisions. */
final class DemoDocumentFile {

    record Revision(int daysAgo, String author, String body) {
    }

    record Entry(DocumentKind kind, String space, String author, int daysAgo, Visibility visibility,
            List<String> tags, String title, Map<String, String> fields, List<Revision> revisions) {
    }

    private DemoDocumentFile() {
    }

    static List<Entry> read() {
        try (InputStream in = DemoDocumentFile.class.getResourceAsStream("/demo/documents.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] blocks = text.split("(?m)^=== ");
        for (int i = 1; i < blocks.length; i++) {
            String[] lines = blocks[i].split("\n", -1);
            String[] header = lines[0].split("\\|");
            Map<String, String> fields = new LinkedHashMap<>();
            int line = 1;
            while (line < lines.length && lines[line].startsWith("@")) {
                int colon = lines[line].indexOf(':');
                fields.put(lines[line].substring(1, colon).strip(), lines[line].substring(colon + 1).strip());
                line++;
            }
            List<Revision> revisions = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            int days = Integer.parseInt(header[3].strip());
            String author = header[2].strip();
            for (; line < lines.length; line++) {
                if (lines[line].startsWith("--- revision ")) {
                    revisions.add(new Revision(days, author, body.toString().strip()));
                    String[] words = lines[line].split(" ");
                    days = Integer.parseInt(words[2]);
                    author = words[6];
                    body.setLength(0);
                } else {
                    body.append(lines[line]).append('\n');
                }
            }
            revisions.add(new Revision(days, author, body.toString().strip()));
            entries.add(new Entry(DocumentKind.valueOf(header[0].strip()), header[1].strip(), header[2].strip(),
                    Integer.parseInt(header[3].strip()), Visibility.valueOf(header[4].strip()),
                    List.of(header[5].strip().split(",")), header[6].strip(), fields, revisions));
        }
        return entries;
    }
}
