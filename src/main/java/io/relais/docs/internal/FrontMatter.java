package io.relais.docs.internal;

import io.relais.platform.UserFacingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML front matter between {@code ---} lines at the top of a file, read with SnakeYAML's
 * {@link SafeConstructor} (plain maps, lists, strings, numbers, booleans and dates only: no class
 * instantiation whatever tags the file carries) and strict limits against hostile files: no
 * duplicate keys, few aliases (no "billion laughs"), shallow nesting, a small size.
 *
 * @param values the front matter, empty when the file has none
 * @param body what follows it
 */
public record FrontMatter(Map<String, Object> values, String body) {

    static final int MAX_CHARS = 16_384;

    public static FrontMatter parse(String text) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        if (!normalized.startsWith("---\n")) {
            return new FrontMatter(Map.of(), normalized);
        }
        int end = closing(normalized);
        if (end < 0) {
            throw new UserFacingException(null, "import.reason.front-matter-unclosed");
        }
        String yaml = normalized.substring(4, end);
        if (yaml.length() > MAX_CHARS) {
            throw new UserFacingException(null, "import.reason.front-matter-too-long", MAX_CHARS);
        }
        int bodyStart = normalized.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);
        return new FrontMatter(load(yaml), body);
    }

    /** Where the closing {@code ---} (or {@code ...}) line starts, or -1. */
    private static int closing(String text) {
        int from = 3;
        while (true) {
            int line = text.indexOf('\n', from);
            if (line < 0) {
                return -1;
            }
            int next = text.indexOf('\n', line + 1);
            String candidate = (next < 0 ? text.substring(line + 1) : text.substring(line + 1, next)).stripTrailing();
            if (candidate.equals("---") || candidate.equals("...")) {
                return line + 1;
            }
            from = line + 1;
        }
    }

    private static Map<String, Object> load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(8);
        options.setCodePointLimit(MAX_CHARS * 2);
        options.setAllowRecursiveKeys(false);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException | ClassCastException e) {
            throw new UserFacingException(null, "import.reason.front-matter-invalid", firstLine(e.getMessage()));
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new UserFacingException(null, "import.reason.front-matter-not-a-map");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key).strip(), value));
        return values;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    /** Writes front matter and body as a file: the inverse of {@link #parse(String)}. */
    public static String write(Map<String, Object> values, String body) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        String yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options).dump(values);
        String text = body == null ? "" : body.stripTrailing();
        return "---\n" + yaml + "---\n\n" + (text.isEmpty() ? "" : text + "\n");
    }
}
