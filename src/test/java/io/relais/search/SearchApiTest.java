package io.relais.search;

import static io.relais.search.SearchFixtures.form;
import static io.relais.search.SearchFixtures.space;
import static io.relais.search.SearchFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.Visibility;
import io.relais.people.PersonService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/search} over real HTTP: JSON hits and facets, with the same permissions as the UI. */
@RelaisSpringTest
class SearchApiTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    PersonService people;
    @Autowired
    SearchService search;
    @Autowired
    UserDetailsService users;

    @Test
    void returnsHitsAndFacetsAndNeverWhatTheCallerMayNotRead() throws Exception {
        As as = new As(users);
        String word = word();
        long claire = as.user("lucas.bernard", () -> people.findByHandle("claire.fontaine").orElseThrow().id());
        DocumentDetails open = as.user("lucas.bernard", () -> documents.create(DocumentKind.MINUTES,
                form(space(documents, "Tech & Data"), "Réunion " + word, "On a parlé de " + word, Visibility.COMPANY, Set.of(), Set.of("api-" + word))));
        as.user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE,
                form(space(documents, "Tech & Data"), "Privé " + word, "Secret " + word, Visibility.PEOPLE, Set.of(claire), Set.of("secret-" + word))));
        as.run("lucas.bernard", () -> SearchFixtures.awaitFound(search, word, 2));

        JsonNode outsider = get(signIn("ines.haddad@canopee.fr"), "/api/search?q=" + word);
        assertThat(outsider.get("total").asLong()).isEqualTo(1);
        JsonNode hit = outsider.get("hits").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(Long.toString(open.id()));
        assertThat(hit.get("slug").asString()).isEqualTo(open.slug());
        assertThat(hit.get("kind").asString()).isEqualTo("MINUTES");
        assertThat(hit.get("space").asString()).isEqualTo("Tech & Data");
        assertThat(hit.get("snippet").asString()).contains("<mark>" + word + "</mark>");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(outsider.toString()).doesNotContain("secret-" + word).doesNotContain("Privé");
        assertThat(outsider.get("facets").get("tag").toString()).contains("api-" + word);

        HttpClientSession reader = signIn("claire.fontaine@canopee.fr");
        assertThat(get(reader, "/api/search?q=" + word).get("total").asLong()).isEqualTo(2);
        JsonNode minutesOnly = get(reader, "/api/search?q=" + word + "&kind=minutes&page=0&size=1");
        assertThat(minutesOnly.get("total").asLong()).isEqualTo(1);
        assertThat(minutesOnly.get("size").asInt()).isEqualTo(1);
        assertThat(get(reader, "/api/search?q=" + word + "&page=1&size=1").get("hits").size()).isEqualTo(1);
        assertThat(get(reader, "/api/search?q=" + URLEncoder.encode("\"unbalanced * (", StandardCharsets.UTF_8)).get("total").asLong())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/search?q=plan")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(response.body()).doesNotContain("\"hits\"");
    }

    private record HttpClientSession(HttpClient client) {
    }

    private HttpClientSession signIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        String token = csrf.find() ? csrf.group(1) : "";
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=relais-demo&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return new HttpClientSession(client);
    }

    private JsonNode get(HttpClientSession session, String path) throws Exception {
        HttpResponse<String> response = session.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
