package io.relais.docs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the files of an import one at a time, from a zip archive or a folder, so memory holds
 * one file whatever the size of the import. Hostile archives are contained: entry names that
 * climb out of the archive ({@code ..}, absolute paths, drive letters) are refused, every file is
 * read through a byte cap (a zip bomb stops at the cap, whatever its header claims), the total
 * and the number of files are capped, and text that is not UTF-8 is refused, not guessed.
 */
public final class ImportSources {

    /** Caps of one import. */
    public record Limits(long maxFileBytes, long maxTotalBytes, int maxFiles) {
        /** 2 MiB per file (the body limit is 500,000 characters), 512 MiB and 20,000 files in all. */
        public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 512L * 1024 * 1024, 20_000);
    }

    /** One file of the import: its text, or why it was not read. */
    public sealed interface Entry permits Readable, Refused {
        String path();
    }

    /** A file read as UTF-8 text; {@code path} uses {@code /} and is relative to the import root. */
    public record Readable(String path, String text) implements Entry {
    }

    /** A file refused before reading its content, with a translation key saying why. */
    public record Refused(String path, String reasonKey, Object... arguments) implements Entry {
    }

    private static final List<String> EXTENSIONS = List.of("md", "markdown", "html", "htm", "txt");
    private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:.*");

    private ImportSources() {
    }

    /** The extension of a path, lower case, or "". */
    public static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** How many files a zip holds, directories and hidden files left out (for progress). */
    public static int countZip(Path zip) {
        try (ZipFile file = open(zip)) {
            return (int) file.stream().filter(e -> !e.isDirectory() && !ignored(e.getName().replace('\\', '/'))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void zip(Path zip, Limits limits, Consumer<Entry> visitor) {
        try (ZipFile file = open(zip)) {
            Budget budget = new Budget(limits);
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || ignored(name)) {
                    continue;
                }
                if (!budget.admitFile()) {
                    visitor.accept(new Refused(name, "import.reason.too-many-files", limits.maxFiles()));
                    return;
                }
                Entry read = checkName(name);
                if (read == null) {
                    try (InputStream in = file.getInputStream(entry)) {
                        read = read(name, in, budget);
                    }
                }
                visitor.accept(read);
                if (budget.exhausted()) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files a folder holds (for progress). */
    public static int countFolder(Path root) {
        try (Stream<Path> files = regularFiles(root)) {
            return (int) files.count();
        }
    }

    /** The regular files under a folder, in name order; symbolic links are not followed. */
    public static void folder(Path root, Limits limits, Consumer<Entry> visitor) {
        Budget budget = new Budget(limits);
        try (Stream<Path> files = regularFiles(root)) {
            Iterator<Path> iterator = files.iterator();
            while (iterator.hasNext()) {
                Path path = iterator.next();
                String name = root.relativize(path).toString().replace('\\', '/');
                if (!budget.admitFile()) {
                    visitor.accept(new Refused(name, "import.reason.too-many-files", limits.maxFiles()));
                    return;
                }
                Entry read = checkName(name);
                if (read == null) {
                    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                        read = read(name, in, budget);
                    } catch (IOException e) {
                        read = new Refused(name, "import.reason.unreadable", e.getClass().getSimpleName());
                    }
                }
                visitor.accept(read);
                if (budget.exhausted()) {
                    return;
                }
            }
        }
    }

    private static Stream<Path> regularFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new io.relais.platform.UserFacingException(null, "import.error.no-folder", root.toString());
        }
        try {
            return Files.walk(root).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !ignored(root.relativize(p).toString().replace('\\', '/')))
                    .sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new io.relais.platform.UserFacingException(null, "import.error.not-a-zip");
        }
    }

    /** Hidden files and the resource forks macOS adds to archives are noise, not content. */
    private static boolean ignored(String name) {
        return Stream.of(name.split("/")).anyMatch(part -> part.startsWith(".") && !part.equals("..") || part.equals("__MACOSX"));
    }

    /** A refusal when the name is unsafe or not an importable type, else {@code null}. */
    private static Entry checkName(String name) {
        boolean climbs = Stream.of(name.split("/", -1)).anyMatch(part -> part.equals("..") || part.isEmpty());
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || climbs || name.indexOf('\0') >= 0) {
            return new Refused(name, "import.reason.unsafe-path");
        }
        if (!EXTENSIONS.contains(extension(name))) {
            return new Refused(name, "import.reason.unsupported-type", extension(name));
        }
        return null;
    }

    private static Entry read(String name, InputStream in, Budget budget) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(budget.limits.maxFileBytes() + 1, budget.remaining() + 1));
        budget.spend(bytes.length);
        if (bytes.length > budget.limits.maxFileBytes()) {
            return new Refused(name, "import.reason.too-large", budget.limits.maxFileBytes() / 1024);
        }
        if (budget.exhausted()) {
            return new Refused(name, "import.reason.archive-too-large", budget.limits.maxTotalBytes() / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Refused(name, "import.reason.not-utf8");
        }
        if (text.indexOf('\0') >= 0) {
            return new Refused(name, "import.reason.binary");
        }
        return new Readable(name, text);
    }

    /** What is left of the caps as files are read. */
    private static final class Budget {
        private final Limits limits;
        private long bytes;
        private int files;

        Budget(Limits limits) {
            this.limits = limits;
        }

        boolean admitFile() {
            return ++files <= limits.maxFiles();
        }

        long remaining() {
            return Math.max(0, limits.maxTotalBytes() - bytes);
        }

        void spend(long read) {
            bytes += read;
        }

        boolean exhausted() {
            return bytes > limits.maxTotalBytes();
        }
    }
}
