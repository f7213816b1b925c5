package io.relais.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentForm;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.ReadingStats;
import io.relais.docs.KindFields;
import io.relais.docs.SpaceSummary;
import io.relais.docs.Visibility;
import io.relais.people.PersonService;
import io.relais.platform.RelaisProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The public knowledge base over real HTTP, without signing in: public documents are served with
 * their meta tags and validators; everything else answers one and the same 404.
 */
@RelaisSpringTest
class PublicSiteTest {

    private static final String OWNER = "lucas.bernard";
    private static final String TECH = "Tech & Data";

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    PersonService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    RelaisProperties properties;
    @Autowired
    ReadingStats readingStats;
    @Autowired
    PublicViewCounter publicViews;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private As as;
    private SpaceSummary tech;

    @BeforeEach
    void setUp() {
        as = new As(users);
        tech = as.user(OWNER, () -> documents.spaces().stream().filter(s -> s.name().equals(TECH)).findFirst().orElseThrow());
    }

    @Test
    void aPublicDocumentIsServedWithItsMetaTagsCanonicalUrlAndValidators() {
        String title = unique("Guide public <script>alert(1)</script> & co");
        DocumentDetails doc = create(title, "Premier paragraphe qui \"décrit\" le guide.\n\n## Suite\n\nDétails.",
                Visibility.PUBLIC, "en");

        HttpResponse<String> response = get(path(doc));

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        String canonical = properties.publicUrl().replaceAll("/+$", "") + "/kb/" + tech.slug() + "/" + doc.slug();
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains("<link rel=\"canonical\" href=\"" + canonical + "\">")
                .contains("<meta property=\"og:url\" content=\"" + canonical + "\">")
                .contains("<meta name=\"description\" content=\"Premier paragraphe qui &quot;décrit&quot; le guide.\">")
                .contains("<meta property=\"og:title\" content=\"" + escaped(title) + "\">")
                .contains("<title>" + escaped(title) + " · " + TECH.replace("&", "&amp;"))
                .contains("<h2 id=\"suite\">Suite</h2>")
                .contains("<link rel=\"stylesheet\" href=\"/relais/kb.css\">")
                .doesNotContain("<script")
                .doesNotContain("vaadin");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag ->
                assertThat(etag).matches("\"d" + doc.id() + "-v" + doc.version() + "-[0-9a-f]{16}\""));
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'").contains("style-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for anonymous readers").isEmpty();
    }

    @Test
    void viewsOfPublicPagesCountInTheDocumentsFiguresAsAnonymousViews() {
        DocumentDetails doc = create(unique("Guide lu dehors"), "Texte.", Visibility.PUBLIC, "fr");
        assertThat(get(path(doc)).statusCode()).isEqualTo(200);
        assertThat(get(path(doc)).statusCode()).as("served from the cache, counted all the same").isEqualTo(200);

        publicViews.flush();

        as.run(OWNER, () -> {
            assertThat(readingStats.stats(doc.id()).views()).isEqualTo(2);
            assertThat(readingStats.stats(doc.id()).readers()).isZero();
        });
    }

    @Test
    void aValidatorStillMatchingAnswers304WithoutABody() {
        DocumentDetails doc = create(unique("Guide en cache"), "Texte.", Visibility.PUBLIC, "fr");
        HttpResponse<String> first = get(path(doc));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = get(path(doc), "If-None-Match", etag);
        HttpResponse<String> byDate = get(path(doc), "If-Modified-Since", lastModified);

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(byTag.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(get(path(doc), "If-None-Match", "\"d0-v0-0000000000000000\"").statusCode()).isEqualTo(200);
    }

    @Test
    void anEditIsVisibleAtOnceWithANewEtagAndMakingItPrivateHidesIt() {
        DocumentDetails doc = create(unique("Guide modifié"), "Ancien texte.", Visibility.PUBLIC, "fr");
        HttpResponse<String> before = get(path(doc));
        assertThat(before.body()).contains("Ancien texte.");

        DocumentDetails edited = as.user(OWNER, () -> documents.update(doc.id(), doc.version(), doc.toForm().withBody("Nouveau texte.")));
        HttpResponse<String> after = get(path(doc), "If-None-Match", before.headers().firstValue("ETag").orElseThrow());

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Nouveau texte.").doesNotContain("Ancien texte.");
        assertThat(after.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).contains("-v" + edited.version() + "-"));

        as.run(OWNER, () -> documents.changeVisibility(doc.id(), Visibility.COMPANY, Set.of()));
        assertThat(get(path(doc)).statusCode()).isEqualTo(404);
    }

    @Test
    void everythingThatIsNotAPublicDocumentAnswersTheSame404() {
        long claire = as.user(OWNER, () -> people.findByHandle("claire.fontaine").orElseThrow().id());
        DocumentDetails company = create(unique("Interne"), "Texte.", Visibility.COMPANY, "fr");
        DocumentDetails space = create(unique("Équipe"), "Texte.", Visibility.SPACE, "fr");
        DocumentDetails named = as.user(OWNER, () -> documents.create(DocumentKind.ARTICLE,
                form(unique("Nommé"), "Texte.", Visibility.PEOPLE, "fr").withTitle(unique("Nommé")), null));
        as.run(OWNER, () -> documents.changeVisibility(named.id(), Visibility.PEOPLE, Set.of(claire)));
        DocumentDetails deleted = create(unique("Supprimé"), "Texte.", Visibility.PUBLIC, "fr");
        assertThat(get(path(deleted)).statusCode()).isEqualTo(200);
        as.run(OWNER, () -> documents.delete(deleted.id()));

        List<String> paths = List.of(path(company), path(space), path(named), path(deleted),
                "/kb/" + tech.slug() + "/nothing-here-" + UUID.randomUUID(), "/kb/no-such-space/" + deleted.slug(),
                "/kb/" + tech.slug() + "/Not_A_Slug", path(deleted) + "/deeper/still");
        HttpResponse<String> reference = get(path(company));
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEqualTo(reference.body());
            assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).as(path).isEqualTo(reference.headers().firstValue("Cache-Control"));
        }
        assertThat(reference.body()).contains("Page introuvable").doesNotContain(company.title());
    }

    @Test
    void indexesListOnlyPublicDocumentsAndInternalLinksOnlyReachPublicOnes() {
        DocumentDetails hidden = create(unique("Caché"), "Texte.", Visibility.COMPANY, "fr");
        DocumentDetails target = create(unique("Cible publique"), "Texte.", Visibility.PUBLIC, "fr");
        DocumentDetails linking = create(unique("Page liante"),
                "Voir [[" + target.slug() + "]] et [[" + hidden.slug() + "]], demandez à @claire.fontaine.",
                Visibility.PUBLIC, "fr");

        String page = get(path(linking)).body();
        assertThat(page).contains("<a href=\"" + path(target) + "\"")
                .contains("[[" + hidden.slug() + "]]")
                .doesNotContain("/people/").doesNotContain("/docs/" + hidden.id());

        for (String index : List.of("/kb", "/kb/" + tech.slug())) {
            HttpResponse<String> response = get(index, "Accept-Language", "en-GB,en;q=0.8");
            assertThat(response.statusCode()).as(index).isEqualTo(200);
            assertThat(response.body()).as(index).contains("<html lang=\"en\">").contains(path(target))
                    .contains(escaped(target.title())).doesNotContain(hidden.slug());
            assertThat(response.headers().firstValue("Vary")).as(index).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
        }
        assertThat(get("/kb/space-without-public-" + UUID.randomUUID().toString().substring(0, 8)).statusCode()).isEqualTo(404);
    }

    @Test
    void theSitemapListsPublicDocumentsOnlyWithTheirLastChange() {
        DocumentDetails published = create(unique("Au plan du site"), "Texte.", Visibility.PUBLIC, "fr");
        DocumentDetails internal = create(unique("Hors plan"), "Texte.", Visibility.COMPANY, "fr");

        HttpResponse<String> response = get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        String xml = response.body();
        assertThat(xml).startsWith("<?xml").contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .doesNotContain(internal.slug());
        Matcher entry = Pattern.compile("<url><loc>([^<]+" + Pattern.quote(path(published)) + ")</loc><lastmod>([^<]+)</lastmod></url>")
                .matcher(xml);
        assertThat(entry.find()).as("the public document is listed").isTrue();
        assertThat(entry.group(2)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void robotsAllowTheKnowledgeBaseAndPointToTheSitemap() {
        HttpResponse<String> response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("User-agent: *").contains("Allow: /kb\n").contains("Disallow: /\n")
                .contains("Sitemap: " + properties.publicUrl().replaceAll("/+$", "") + "/sitemap.xml");
    }

    @Test
    void theApplicationItselfStillNeedsASignIn() {
        HttpResponse<String> response = get("/docs");
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private DocumentDetails create(String title, String body, Visibility visibility, String language) {
        return as.user(OWNER, () -> documents.create(DocumentKind.ARTICLE, form(title, body, visibility, language)));
    }

    private DocumentForm form(String title, String body, Visibility visibility, String language) {
        return new DocumentForm(tech.id(), title, body, language, visibility, Set.of(), Set.of(), null, KindFields.EMPTY);
    }

    private String path(DocumentDetails doc) {
        return "/kb/" + tech.slug() + "/" + doc.slug();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
