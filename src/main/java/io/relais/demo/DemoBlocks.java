package io.relais.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's text resources: blocks starting with a {@code === a | b | c} header line, then
 * {@code @key: value} lines (a key may repeat), then free Markdown. Lines starting with
 * {@code <!--} before the first block are comments.
 */
final class DemoBlocks {

    record Block(List<String> header, Map<String, List<String>> fields, String body) {

        String field(String key) {
            List<String> values = fields.get(key);
            return values == null ? null : values.getFirst();
        }

        List<String> all(String key) {
            return fields.getOrDefault(key, List.of());
        }
    }

    private DemoBlocks() {
    }

    static List<Block> read(String resource) {
        try (InputStream in = DemoBlocks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] parts = text.replace("\r\n", "\n").split("(?m)^=== ");
        for (int i = 1; i < parts.length; i++) {
            String[] lines = parts[i].split("\n", -1);
            List<String> header = List.of(lines[0].split("\\s*\\|\\s*")).stream().map(String::strip).toList();
            Map<String, List<String>> fields = new LinkedHashMap<>();
            int line = 1;
            while (line < lines.length && lines[line].startsWith("@")) {
                int colon = lines[line].indexOf(':');
                fields.computeIfAbsent(lines[line].substring(1, colon).strip(), key -> new ArrayList<>())
                        .add(lines[line].substring(colon + 1).strip());
                line++;
            }
            StringBuilder body = new StringBuilder();
            for (; line < lines.length; line++) {
                body.append(lines[line]).append('\n');
            }
            blocks.add(new Block(header, fields, body.toString().strip()));
        }
        return blocks;
    }
}
