package io.relais.publicsite;

import io.relais.docs.PublicDocuments;
import io.relais.docs.PublicEntry;
import io.relais.docs.PublicPage;
import io.relais.platform.i18n.RelaisI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public knowledge base: {@code /kb} (every public document by space), {@code /kb/{space}}
 * and {@code /kb/{space}/{slug}}. Answers carry a strong ETag and Last-Modified; Spring answers
 * 304 itself when the request's If-None-Match or If-Modified-Since still matches.
 */
@Controller
class PublicSiteController {

    /** Five minutes: a document made private stays in shared caches at most that long. */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' https:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,219}");

    private final PublicDocuments documents;
    private final PublicPageCache cache;
    private final PublicHtml html;
    private final PublicViewCounter views;

    PublicSiteController(PublicDocuments documents, PublicPageCache cache, PublicHtml html, PublicViewCounter views) {
        this.documents = documents;
        this.cache = cache;
        this.html = html;
        this.views = views;
    }

    @GetMapping({"/kb", "/kb/"})
    ResponseEntity<byte[]> home(HttpServletRequest request) {
        Locale locale = locale(request);
        Optional<CachedResponse> index = cache.get("index:" + locale.getLanguage(), () -> {
            List<PublicEntry> entries = documents.entries(null);
            return Optional.of(CachedResponse.of(html.index(entries, null, null, locale), "kb", null, null));
        });
        return ok(index.orElseThrow(), true);
    }

    @GetMapping({"/kb/{space}", "/kb/{space}/"})
    ResponseEntity<byte[]> space(@PathVariable String space, HttpServletRequest request) {
        Locale locale = locale(request);
        if (!SLUG.matcher(space).matches()) {
            return notFound(locale);
        }
        Optional<CachedResponse> index = cache.get("space:" + space + ":" + locale.getLanguage(), () -> {
            List<PublicEntry> entries = documents.entries(space);
            return entries.isEmpty() ? Optional.empty()
                    : Optional.of(CachedResponse.of(html.index(entries, space, entries.getFirst().spaceName(), locale),
                            "kb-" + space, null, null));
        });
        return index.map(response -> ok(response, true)).orElseGet(() -> notFound(locale));
    }

    @GetMapping("/kb/{space}/{slug}")
    ResponseEntity<byte[]> page(@PathVariable String space, @PathVariable String slug, HttpServletRequest request) {
        if (!SLUG.matcher(space).matches() || !SLUG.matcher(slug).matches()) {
            return notFound(locale(request));
        }
        Optional<CachedResponse> page = cache.get("page:" + space + "/" + slug, () -> documents.page(space, slug)
                .map(found -> CachedResponse.of(html.page(found), tagPrefix(found), found.updatedAt(), found.id())));
        if (page.isEmpty()) {
            return notFound(locale(request));
        }
        if (HttpMethod.GET.matches(request.getMethod())) {
            views.viewed(page.get().documentId());
        }
        return ok(page.get(), false);
    }

    /** Deeper addresses under /kb exist for nobody: the same 404, not Vaadin's router. */
    @GetMapping("/kb/{space}/{slug}/**")
    ResponseEntity<byte[]> deeper(HttpServletRequest request) {
        return notFound(locale(request));
    }

    private static String tagPrefix(PublicPage page) {
        return "d" + page.id() + "-v" + page.version();
    }

    private static ResponseEntity<byte[]> ok(CachedResponse response, boolean byLanguage) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok().contentType(HTML).cacheControl(CACHE)
                .eTag(response.etag())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (response.lastModified() != null) {
            builder.lastModified(response.lastModified());
        }
        if (byLanguage) {
            builder.varyBy(HttpHeaders.ACCEPT_LANGUAGE);
        }
        return builder.body(response.body());
    }

    /** One body for everything that is not a public page, so a 404 says nothing about why. */
    private ResponseEntity<byte[]> notFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                .cacheControl(CacheControl.noCache()).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(html.notFound(locale).getBytes(StandardCharsets.UTF_8));
    }

    private static Locale locale(HttpServletRequest request) {
        return RelaisI18NProvider.supported(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : request.getLocale());
    }
}
