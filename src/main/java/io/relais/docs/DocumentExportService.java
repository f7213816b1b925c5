package io.relais.docs;

import io.relais.docs.internal.DocumentFrontMatter;
import io.relais.docs.internal.FrontMatter;
import io.relais.platform.NotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports a space as a zip of Markdown files with front matter ({@code <slug>.md} at the root of
 * the archive), the format {@link DocumentImportService} reads: importing an export into another
 * space reproduces its documents. The export holds what its reader may read, nothing more, and is
 * written page by page, straight to the output.
 */
@Service
public class DocumentExportService {

    private static final int PAGE = 100;

    private final DocumentService documents;

    DocumentExportService(DocumentService documents) {
        this.documents = documents;
    }

    /** The archive's file name, e.g. {@code tech-data.zip}. */
    @PreAuthorize("isAuthenticated()")
    public String fileName(long spaceId) {
        return space(spaceId).slug() + ".zip";
    }

    /** The slug of the decision that supersedes this one, when there is one the reader may open. */
    private String successorSlug(DocumentDetails document) {
        Long successor = document.fields().supersededBy();
        if (successor == null) {
            return null;
        }
        try {
            return documents.get(successor).slug();
        } catch (NotFoundException unreadable) {
            return null;
        }
    }

    /** Writes the zip; returns how many documents it holds. */
    @PreAuthorize("isAuthenticated()")
    public int exportSpace(long spaceId, OutputStream out) {
        space(spaceId);
        DocumentFilter filter = new DocumentFilter(spaceId, null, null, null, null);
        int written = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (int offset = 0; ; offset += PAGE) {
                List<DocumentSummary> page = documents.browse(filter, offset, PAGE);
                for (DocumentSummary summary : page) {
                    DocumentDetails document = documents.get(summary.id());
                    zip.putNextEntry(new ZipEntry(document.slug() + ".md"));
                    zip.write(FrontMatter.write(DocumentFrontMatter.of(document, successorSlug(document)), document.body())
                            .getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    written++;
                }
                if (page.size() < PAGE) {
                    return written;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpaceSummary space(long spaceId) {
        return documents.spaces().stream().filter(space -> space.id() == spaceId).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
