package io.relais.docs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.relais.platform.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's disk fills up during an upload (issue 8, "Faults"): simulated, in the JVM and
 * deterministically, by a disk of a few megabytes whose free space is what the attachment folder
 * does not use yet. The upload is refused with the translated "disk full" message, and no partial
 * file is left behind, neither received nor kept.
 */
class AttachmentFilesDiskFullTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dataDir;

    /** A disk of {@code capacity} bytes holding only the attachment folder. */
    private AttachmentFiles onDiskOf(long capacity, long minFree) {
        Path root = dataDir.resolve("files");
        return new AttachmentFiles(root, minFree, folder -> capacity - bytesUnder(root));
    }

    @Test
    void anUploadThatWouldFillTheDiskIsRefusedAndLeavesNoPartialFile() throws IOException {
        AttachmentFiles files = onDiskOf(8 * MB, 2 * MB);
        byte[] upload = new byte[(int) (12 * MB)];

        assertThatThrownBy(() -> files.receive(new ByteArrayInputStream(upload), 20 * MB, 20))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("attachments.error.disk-full");
                    assertThat(refusal.field()).isEqualTo("file");
                });

        assertThat(bytesUnder(dataDir.resolve("files"))).isZero();
        assertThat(filesUnder(dataDir.resolve("files"))).isEmpty();
    }

    @Test
    void aFileThatFitsIsReceivedWhole() throws IOException {
        AttachmentFiles files = onDiskOf(8 * MB, 2 * MB);
        byte[] upload = new byte[(int) (3 * MB)];
        upload[upload.length - 1] = 42;

        Path received = files.receive(new ByteArrayInputStream(upload), 20 * MB, 20);
        String name = files.keep(received);

        assertThat(Files.readAllBytes(files.path(name))).isEqualTo(upload);
        assertThat(filesUnder(dataDir.resolve("files"))).containsExactly(files.path(name));
    }

    @Test
    void aDiskAlreadyBelowTheReserveRefusesBeforeReadingAnything() {
        AttachmentFiles files = onDiskOf(MB, 2 * MB);
        CountingStream content = new CountingStream(new byte[1000]);

        assertThatThrownBy(() -> files.receive(content, 20 * MB, 20))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("attachments.error.disk-full"));
        assertThat(content.read).isZero();
    }

    @Test
    void aWriteFailingOnAFullDiskIsReportedAsDiskFull() throws IOException {
        // the reserve is met when the upload starts; then another writer fills the disk and
        // receiving fails with the operating system's "No space left on device"
        Path root = dataDir.resolve("files");
        long[] free = {100 * MB};
        AttachmentFiles files = new AttachmentFiles(root, 2 * MB, folder -> free[0]);
        InputStream failing = new InputStream() {
            private int calls;

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (++calls > 3) {
                    free[0] = 0;
                    throw new IOException("No space left on device");
                }
                return length;
            }

            @Override
            public int read() {
                return 0;
            }
        };

        assertThatThrownBy(() -> files.receive(failing, 20 * MB, 20))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("attachments.error.disk-full"));
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void anUploadAbortedByTheBrowserOnADiskWithRoomIsNotCalledDiskFull() throws IOException {
        AttachmentFiles files = onDiskOf(100 * MB, 2 * MB);
        InputStream aborted = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };

        assertThatThrownBy(() -> files.receive(aborted, 20 * MB, 20)).isInstanceOf(IOException.class)
                .hasMessageContaining("Connection reset");
        assertThat(filesUnder(dataDir.resolve("files"))).isEmpty();
    }

    private static long bytesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static java.util.List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    private static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] content) {
            super(content);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
