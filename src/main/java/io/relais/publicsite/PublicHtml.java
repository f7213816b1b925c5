package io.relais.publicsite;

import io.relais.docs.PublicEntry;
import io.relais.docs.PublicPage;
import io.relais.docs.PublicPaths;
import io.relais.platform.RelaisProperties;
import io.relais.platform.i18n.RelaisI18NProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the public pages as plain HTML. Every value that comes from a document or a setting is
 * escaped here; only the document body, already rendered and sanitized by the Markdown renderer,
 * goes in as HTML. No script anywhere: the pages work without JavaScript and the content security
 * policy forbids it.
 */
@Component
class PublicHtml {

    static final String STYLESHEET = "/relais/kb.css";

    private final RelaisI18NProvider i18n;
    private final String baseUrl;
    private final ZoneId zone;

    PublicHtml(RelaisI18NProvider i18n, RelaisProperties properties, java.time.Clock clock) {
        this.i18n = i18n;
        this.baseUrl = properties.publicUrl().replaceAll("/+$", "");
        this.zone = clock.getZone();
    }

    /** The absolute address of a path of this site, as search engines should know it. */
    String absolute(String path) {
        return baseUrl + path;
    }

    String page(PublicPage page) {
        Locale locale = RelaisI18NProvider.supported(Locale.forLanguageTag(page.language()));
        String canonical = absolute(PublicPaths.page(page.spaceSlug(), page.slug()));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("og:type", "article");
        meta.put("og:title", page.title());
        meta.put("og:description", page.description());
        meta.put("og:url", canonical);
        meta.put("og:site_name", t("publicsite.site-name", locale));
        meta.put("og:locale", locale.getLanguage().equals("en") ? "en_GB" : "fr_FR");
        meta.put("article:modified_time", DateTimeFormatter.ISO_INSTANT.format(page.updatedAt()));
        page.tags().forEach(tag -> meta.put("article:tag:" + tag, tag));
        StringBuilder html = head(locale, page.title() + " · " + page.spaceName(), page.description(), canonical, meta);
        html.append("<body>\n");
        breadcrumb(html, locale, page.spaceSlug(), page.spaceName());
        html.append("<main id=\"content\"><article>\n<h1>").append(e(page.title())).append("</h1>\n")
                .append("<p class=\"kb-meta\">").append(e(t("publicsite.updated", locale, date(page.updatedAt(), locale))));
        if (!page.tags().isEmpty()) {
            html.append(" · <span class=\"kb-tags\">");
            page.tags().forEach(tag -> html.append("<span class=\"kb-tag\">").append(e(tag)).append("</span> "));
            html.append("</span>");
        }
        html.append("</p>\n<div class=\"kb-body\">\n").append(page.html()).append("\n</div>\n</article></main>\n");
        return foot(html, locale);
    }

    /** The list of a space's public documents ({@code spaceName != null}) or of all of them. */
    String index(List<PublicEntry> entries, String spaceSlug, String spaceName, Locale locale) {
        String title = spaceName == null ? t("publicsite.index.title", locale) : spaceName;
        String path = spaceSlug == null ? PublicPaths.ROOT : PublicPaths.space(spaceSlug);
        String description = spaceName == null ? t("publicsite.index.description", locale)
                : t("publicsite.space.description", locale, spaceName);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("og:type", "website");
        meta.put("og:title", title);
        meta.put("og:description", description);
        meta.put("og:url", absolute(path));
        meta.put("og:site_name", t("publicsite.site-name", locale));
        StringBuilder html = head(locale, title, description, absolute(path), meta);
        html.append("<body>\n");
        breadcrumb(html, locale, spaceSlug, spaceName);
        html.append("<main id=\"content\">\n<h1>").append(e(title)).append("</h1>\n");
        if (entries.isEmpty()) {
            html.append("<p>").append(e(t("publicsite.index.empty", locale))).append("</p>\n");
        }
        String currentSpace = null;
        for (PublicEntry entry : entries) {
            if (spaceName == null && !entry.spaceSlug().equals(currentSpace)) {
                html.append(currentSpace == null ? "" : "</ul>\n").append("<h2><a href=\"")
                        .append(e(PublicPaths.space(entry.spaceSlug()))).append("\">").append(e(entry.spaceName()))
                        .append("</a></h2>\n<ul class=\"kb-list\">\n");
                currentSpace = entry.spaceSlug();
            } else if (currentSpace == null) {
                html.append("<ul class=\"kb-list\">\n");
                currentSpace = entry.spaceSlug();
            }
            html.append("<li lang=\"").append(e(entry.language())).append("\"><a href=\"")
                    .append(e(PublicPaths.page(entry.spaceSlug(), entry.slug()))).append("\">").append(e(entry.title()))
                    .append("</a> <span class=\"kb-date\">").append(e(date(entry.updatedAt(), locale)))
                    .append("</span></li>\n");
        }
        if (currentSpace != null) {
            html.append("</ul>\n");
        }
        html.append("</main>\n");
        return foot(html, locale);
    }

    /** The one answer for every address that is not a public page, whatever the reason. */
    String notFound(Locale locale) {
        StringBuilder html = head(locale, t("publicsite.not-found.title", locale), "", null, Map.of());
        html.append("<body>\n");
        breadcrumb(html, locale, null, null);
        html.append("<main id=\"content\">\n<h1>").append(e(t("publicsite.not-found.title", locale)))
                .append("</h1>\n<p>").append(e(t("publicsite.not-found.text", locale))).append("</p>\n<p><a href=\"")
                .append(PublicPaths.ROOT).append("\">").append(e(t("publicsite.not-found.back", locale)))
                .append("</a></p>\n</main>\n");
        return foot(html, locale);
    }

    private StringBuilder head(Locale locale, String title, String description, String canonical,
            Map<String, String> openGraph) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(e(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(title)).append(" · ").append(e(t("publicsite.site-name", locale)))
                .append("</title>\n");
        if (!description.isEmpty()) {
            html.append("<meta name=\"description\" content=\"").append(e(description)).append("\">\n");
        }
        if (canonical != null) {
            html.append("<link rel=\"canonical\" href=\"").append(e(canonical)).append("\">\n");
        }
        openGraph.forEach((property, content) -> html.append("<meta property=\"")
                .append(e(property.startsWith("article:tag:") ? "article:tag" : property)).append("\" content=\"")
                .append(e(content)).append("\">\n"));
        if (!openGraph.isEmpty()) {
            html.append("<meta name=\"twitter:card\" content=\"summary\">\n");
        }
        html.append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n</head>\n");
        return html;
    }

    private void breadcrumb(StringBuilder html, Locale locale, String spaceSlug, String spaceName) {
        html.append("<header class=\"kb-header\"><nav aria-label=\"").append(e(t("publicsite.breadcrumb", locale)))
                .append("\"><a class=\"kb-home\" href=\"").append(PublicPaths.ROOT).append("\">")
                .append(e(t("publicsite.site-name", locale))).append("</a>");
        if (spaceSlug != null && spaceName != null) {
            html.append(" <span aria-hidden=\"true\">›</span> <a href=\"").append(e(PublicPaths.space(spaceSlug)))
                    .append("\">").append(e(spaceName)).append("</a>");
        }
        html.append("</nav></header>\n");
    }

    private String foot(StringBuilder html, Locale locale) {
        return html.append("<footer class=\"kb-footer\">").append(e(t("publicsite.footer", locale)))
                .append("</footer>\n</body>\n</html>\n").toString();
    }

    private String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(instant);
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
