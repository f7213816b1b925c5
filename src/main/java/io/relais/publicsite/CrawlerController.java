package io.relais.publicsite;

import io.relais.docs.PublicDocuments;
import io.relais.docs.PublicEntry;
import io.relais.docs.PublicPaths;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read first: {@code robots.txt} (the knowledge base is open to them, the
 * application is not) and {@code sitemap.xml} (every public document, with its last change).
 */
@Controller
class CrawlerController {

    private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final PublicDocuments documents;
    private final PublicPageCache cache;
    private final PublicHtml html;

    CrawlerController(PublicDocuments documents, PublicPageCache cache, PublicHtml html) {
        this.documents = documents;
        this.cache = cache;
        this.html = html;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        CachedResponse sitemap = cache.get("sitemap", () -> Optional.of(
                CachedResponse.of(sitemap(documents.entries(null)), "sitemap", null, null))).orElseThrow();
        return ResponseEntity.ok().contentType(XML).cacheControl(PublicSiteController.CACHE).eTag(sitemap.etag())
                .body(sitemap.body());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String robots = """
                User-agent: *
                Allow: %s
                Allow: %s
                Disallow: /

                Sitemap: %s
                """.formatted(PublicPaths.ROOT, PublicHtml.STYLESHEET, html.absolute("/sitemap.xml"));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(PublicSiteController.CACHE).body(robots);
    }

    private String sitemap(List<PublicEntry> entries) {
        StringBuilder xml = new StringBuilder(256 + entries.size() * 160)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PublicEntry entry : entries) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(html.absolute(PublicPaths.page(entry.spaceSlug(),
                    entry.slug())), "UTF-8")).append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(entry.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
