package io.relais.docs.internal;

import io.relais.platform.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses Office files (zip containers) that would explode when parsed: too many entries, too much
 * inflated data in total, or an entry inflating far more than documents do. Declared sizes are
 * checked first (cheap), then every entry is actually inflated while counting, because a crafted
 * central directory can lie; inflation stops at the first limit crossed.
 */
final class OfficeZipGuard {

    private static final int BUFFER = 64 * 1024;

    private final AttachmentProperties limits;

    OfficeZipGuard(AttachmentProperties limits) {
        this.limits = limits;
    }

    void check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw refused();
            }
            long declared = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                declared += Math.max(0, entry.getSize());
                if (declared > limits.maxUnpackedSize().toBytes() || exceedsRatio(entry.getSize(), entry.getCompressedSize())) {
                    throw refused();
                }
            }
            long inflated = 0;
            byte[] buffer = new byte[BUFFER];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                inflated += inflate(zip, entry, buffer, limits.maxUnpackedSize().toBytes() - inflated);
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new UserFacingException("file", "attachments.error.unreadable");
        }
    }

    /** Inflates one entry, counting; refuses as soon as the budget or the ratio is exceeded. */
    private long inflate(ZipFile zip, ZipEntry entry, byte[] buffer, long budget) throws IOException {
        long count = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                count += read;
                if (count > budget || exceedsRatio(count, entry.getCompressedSize())) {
                    throw refused();
                }
            }
        }
        return count;
    }

    private boolean exceedsRatio(long inflated, long compressed) {
        return inflated > AttachmentProperties.RATIO_CHECK_THRESHOLD
                && inflated > Math.max(1, compressed) * limits.maxCompressionRatio();
    }

    private static UserFacingException refused() {
        return new UserFacingException("file", "attachments.error.zip-bomb");
    }
}
