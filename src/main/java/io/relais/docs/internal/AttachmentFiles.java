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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The attachment files under {@code <data-dir>/files/}. A file is first received into
 * {@code files/.incoming/} (same file system), checked there, then moved atomically to its final,
 * server-generated name: a reader never sees half a file, and a failed or refused upload (a full
 * disk included) leaves nothing behind.
 *
 * <p>An upload must leave {@code relais.attachments.min-free-space} free on the disk: the
 * database usually shares it, and a disk filled by uploads would stop every write of everyone.
 * The free space is checked before and while receiving; a write that fails on a disk that is
 * (nearly) full is reported the same way, as "the disk is full", not as a generic failure.
 */
@Component
public class AttachmentFiles {

    private static final Logger log = LoggerFactory.getLogger(AttachmentFiles.class);
    private static final Pattern STORAGE_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;
    /** How often the free space is looked at while receiving (a file-system call, not free). */
    private static final long CHECK_EVERY_BYTES = 1024 * 1024;

    /** The room left on the disk holding a folder (a seam: tests simulate a small disk). */
    @FunctionalInterface
    interface DiskSpace {
        long usableBytes(Path folder) throws IOException;
    }

    private final Path root;
    private final Path incoming;
    private final long minFreeBytes;
    private final DiskSpace disk;

    @Autowired
    AttachmentFiles(RelaisProperties relais, AttachmentProperties limits) {
        this(relais.dataPath("files"), limits.minFreeSpace().toBytes(), folder -> Files.getFileStore(folder).getUsableSpace());
    }

    AttachmentFiles(Path root, long minFreeBytes, DiskSpace disk) {
        this.root = root;
        this.incoming = root.resolve(".incoming");
        this.minFreeBytes = minFreeBytes;
        this.disk = disk;
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
     * {@code maxBytes} or would leave less than the minimum free space on the disk. The caller
     * {@linkplain #keep keeps} or {@linkplain #discard discards} it.
     */
    public Path receive(InputStream content, long maxBytes, long maxMegabytes) throws IOException {
        requireRoom(0);
        Path temporary = Files.createTempFile(incoming, "upload-", ".part");
        long total = 0;
        try (OutputStream out = Files.newOutputStream(temporary)) {
            byte[] buffer = new byte[BUFFER];
            long nextCheck = CHECK_EVERY_BYTES;
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new UserFacingException("file", "attachments.error.too-large", maxMegabytes);
                }
                if (total >= nextCheck) {
                    out.flush();
                    requireRoom(read);
                    nextCheck += CHECK_EVERY_BYTES;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException failure) {
            deleteQuietly(temporary);
            if (nearlyFull(BUFFER)) { // e.g. "No space left on device" from the write itself
                throw diskFull(total, failure);
            }
            throw failure;
        } catch (RuntimeException failure) {
            deleteQuietly(temporary);
            throw failure;
        }
        return temporary;
    }

    private void requireRoom(long aboutToWrite) throws IOException {
        if (nearlyFull(aboutToWrite)) {
            throw diskFull(aboutToWrite, null);
        }
    }

    private boolean nearlyFull(long aboutToWrite) throws IOException {
        return disk.usableBytes(incoming) - aboutToWrite < minFreeBytes;
    }

    private UserFacingException diskFull(long received, IOException cause) throws IOException {
        log.error("Upload refused after {} bytes: the disk of {} has {} bytes left, {} must stay free "
                + "(relais.attachments.min-free-space)", received, root, disk.usableBytes(incoming), minFreeBytes, cause);
        return new UserFacingException("file", "attachments.error.disk-full");
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
