package io.relais.docs.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of document attachments ({@code relais.attachments.*}).
 *
 * @param maxSize the largest file accepted (Spring's multipart limits follow it)
 * @param maxUnpackedSize the most an Office file (a zip) may inflate to, all entries together
 * @param maxEntries the most entries an Office file may hold
 * @param maxCompressionRatio the highest inflated/compressed ratio of an Office file entry once it
 *     is larger than {@link #RATIO_CHECK_THRESHOLD} bytes: a zip bomb inflates far beyond it
 * @param maxExtractedChars how much text is kept for search per attachment
 * @param extractionTimeout how long text extraction may take before it is abandoned
 * @param minFreeSpace room an upload must leave free on the data folder's disk, which the
 *     database shares: a full disk would stop every write, not only uploads
 */
@ConfigurationProperties(prefix = "relais.attachments")
public record AttachmentProperties(
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("200MB") DataSize maxUnpackedSize,
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("100") int maxCompressionRatio,
        @DefaultValue("1000000") int maxExtractedChars,
        @DefaultValue("30s") Duration extractionTimeout,
        @DefaultValue("256MB") DataSize minFreeSpace) {

    /** Small entries compress extremely well legitimately (an empty sheet); only big ones are judged. */
    public static final long RATIO_CHECK_THRESHOLD = 1024 * 1024;
}
