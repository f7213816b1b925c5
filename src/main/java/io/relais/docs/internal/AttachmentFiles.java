package io.relais.docs.internal;

import io.relais.platform.RelaisProperties;
import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The attachment files under {@code <data-dir>/files/}. A file is first received into
 * {@code files/.incoming/} (same file system), checked there, then moved atomically to its final,
 * server-generated name: a reader never sees half a file, and a failed or refused upload (a full
 * disk included) leaves nothing behind.
 */
@Component
public class AttachmentFiles {

    private static final Logger log = LoggerFactory.getLogger(AttachmentFiles.class);
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;

    AttachmentFiles(RelaisProperties relais) {
        this.root = relais.dataPath("files");
        this.incoming = root.resolve(".incoming");
        try {
            Files.createDirectories(incoming);
            // uploads interrupted by a crash or a stop; nothing refers to them
            try (Stream<Path> leftovers = Files.list(incoming)) {
                leftovers.forEach(AttachmentFiles::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the attachment folder " + root, e);
        }
    }

    /**
     * Copies an upload into a temporary file, refusing it as soon as it grows past
     * {@code maxBytes}. The caller {@linkplain #keep keeps} or {@linkplain #discard discards} it.
     */
    public Path receive(InputStream content, long maxBytes, long maxMegabytes) throws IOException {
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new UserFacingException("file", "attachments.error.too-large", maxMegabytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException failure) {
            deleteQuietly(temporary);
            throw failure;
        }
        return temporary;
    }

    /** Moves a received file to a new server-generated name, atomically; answers that name. */
    public String keep(Path received) throws IOException {
        String storageName = UUID.randomUUID().toString();
        Files.move(received, root.resolve(storageName), StandardCopyOption.ATOMIC_MOVE);
        return storageName;
    }

    public void discard(Path received) {
        deleteQuietly(received);
    }

    /** The file of a stored attachment; only server-generated names are accepted. */
    public Path path(String storageName) {
        if (!STORAGE_NAME.matcher(storageName).matches()) {
            throw new IllegalArgumentException("Not a storage name: " + storageName);
        }
        return root.resolve(storageName);
    }

    public void delete(String storageName) {
        deleteQuietly(path(storageName));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
