package io.relais.search;

import static io.relais.search.SearchFixtures.form;
import static io.relais.search.SearchFixtures.space;
import static io.relais.search.SearchFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.relais.ApiClient;
import io.relais.RelaisSpringTest;
import io.relais.docs.As;
import io.relais.docs.DocumentDetails;
import io.relais.docs.DocumentKind;
import io.relais.docs.DocumentService;
import io.relais.docs.Visibility;
import io.relais.people.PersonService;
import io.relais.security.ApiTokenService;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/search} over real HTTP: JSON hits and facets, with the same permissions as the UI. */
@RelaisSpringTest
class SearchApiTest {


    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    @Autowired
    PersonService people;
    @Autowired
    SearchService search;
    @Autowired
    ApiTokenService tokens;

    private As as;

    @Autowired
    void users(UserDetailsService users) {
        as = new As(users);
    }

    @Test
    void returnsHitsAndFacetsAndNeverWhatTheCallerMayNotRead() {
        String word = word();
        long claire = as.user("lucas.bernard", () -> people.findByHandle("claire.fontaine").orElseThrow().id());
        DocumentDetails open = as.user("lucas.bernard", () -> documents.create(DocumentKind.MINUTES,
                form(space(documents, "Tech & Data"), "Réunion " + word, "On a parlé de " + word, Visibility.COMPANY, Set.of(), Set.of("api-" + word))));
        as.user("lucas.bernard", () -> documents.create(DocumentKind.ARTICLE,
                form(space(documents, "Tech & Data"), "Privé " + word, "Secret " + word, Visibility.PEOPLE, Set.of(claire), Set.of("secret-" + word))));
        as.run("lucas.bernard", () -> SearchFixtures.awaitFound(search, word, 2));

        JsonNode outsider = get(client("ines.haddad"), "/api/search?q=" + word);
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

        ApiClient reader = client("claire.fontaine");
        assertThat(get(reader, "/api/search?q=" + word).get("total").asLong()).isEqualTo(2);
        JsonNode minutesOnly = get(reader, "/api/search?q=" + word + "&kind=minutes&page=0&size=1");
        assertThat(minutesOnly.get("total").asLong()).isEqualTo(1);
        assertThat(minutesOnly.get("size").asInt()).isEqualTo(1);
        assertThat(get(reader, "/api/search?q=" + word + "&page=1&size=1").get("hits").size()).isEqualTo(1);
        assertThat(get(reader, "/api/search?q=" + URLEncoder.encode("\"unbalanced * (", StandardCharsets.UTF_8)).get("total").asLong())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        HttpResponse<String> anonymous = ApiClient.withAuthorization(port, null).get("/api/search?q=plan");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("\"hits\"");
        HttpResponse<String> forged = new ApiClient(port, "relais_not-a-real-token").get("/api/search?q=plan");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    /** A personal API token of that demo person, as an integration would use it. */
    private ApiClient client(String login) {
        String secret = as.user(login.replace("@canopee.fr", ""), () -> tokens.create("SearchApiTest", null).secret());
        return new ApiClient(port, secret);
    }

    private static JsonNode get(ApiClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }
}
