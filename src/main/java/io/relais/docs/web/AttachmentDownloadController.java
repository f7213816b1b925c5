package io.relais.docs.web;

import io.relais.docs.AttachmentContent;
import io.relais.docs.AttachmentService;
import io.relais.platform.NotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attachment downloads, for signed-in browsers ({@code /attachments/{id}}) and API tokens
 * ({@code /api/attachments/{id}}). Always a download, never rendered in the page: the type
 * detected at upload (never HTML or SVG), {@code Content-Disposition: attachment} with the
 * RFC 5987 UTF-8 name, {@code nosniff}, and a sandboxing CSP should a browser open it anyway.
 * An attachment of a document the caller may not read is "not found", like the document.
 */
@RestController
class AttachmentDownloadController {

    private final AttachmentService attachments;

    AttachmentDownloadController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping({"/attachments/{id:[0-9]{1,18}}", "/api/attachments/{id:[0-9]{1,18}}"})
    ResponseEntity<Resource> download(@PathVariable long id) {
        AttachmentContent content;
        try {
            content = attachments.open(id);
        } catch (NotFoundException missing) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(content.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new FileSystemResource(content.file()));
    }

    /** An ASCII fallback for old clients, and the exact UTF-8 name as {@code filename*}. */
    static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
