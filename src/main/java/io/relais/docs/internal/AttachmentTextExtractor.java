package io.relais.docs.internal;

import jakarta.annotation.PreDestroy;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plain text of an attachment for search, bounded twice: at most {@code maxExtractedChars}
 * characters, and at most {@code extractionTimeout} of work. Extraction runs on two dedicated
 * threads so a flood of uploads cannot take every CPU; a parse that overruns is interrupted and
 * the attachment is kept without text (it still downloads, it is just not searchable).
 */
@Component
public class AttachmentTextExtractor {

    private static final Logger log = LoggerFactory.getLogger(AttachmentTextExtractor.class);

    private final Tika tika = new Tika();
    private final AttachmentProperties limits;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("attachment-text-", 0).daemon(true).factory());

    AttachmentTextExtractor(AttachmentProperties limits) {
        this.limits = limits;
    }

    /** The text, or {@code null} when there is none or it could not be extracted in time. */
    public String extract(Path file) {
        Future<String> job = workers.submit(() -> parse(file));
        try {
            String text = job.get(limits.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return text == null || text.isBlank() ? null : text.strip();
        } catch (TimeoutException overrun) {
            job.cancel(true);
            log.warn("Text extraction of {} took longer than {}; stored without text", file.getFileName(),
                    limits.extractionTimeout());
            return null;
        } catch (ExecutionException failure) {
            log.warn("No text extracted from {}: {}", file.getFileName(), failure.getCause().toString());
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            return null;
        }
    }

    private String parse(Path file) throws Exception {
        try (InputStream in = TikaInputStream.get(file)) {
            // the facade stops reading at the limit instead of failing
            return tika.parseToString(in, new Metadata(), limits.maxExtractedChars());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
