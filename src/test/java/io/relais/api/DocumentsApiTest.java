package io.relais.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.ApiClient;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.docs.DocumentService;
import io.relais.security.ApiTokenService;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The documents API over real HTTP with personal tokens of demo people: Lucas and Nicolas are in
 * the Tech & Data team, Inès is not. Visibility is the UI's, to the 404.
 */
@RelaisSpringTest
class DocumentsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    DocumentService documents;

    TestUsers users;
    ApiClient lucas;
    ApiClient nicolas;
    ApiClient ines;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    @BeforeEach
    void clients() {
        lucas = client("lucas.bernard");
        nicolas = client("nicolas.dupuis");
        ines = client("ines.haddad");
    }

    private ApiClient client(String login) {
        String secret = users.as(login + "@canopee.fr", () -> tokens.create("DocumentsApiTest", null).secret());
        return new ApiClient(port, secret);
    }

    private long techSpace() {
        return users.as("lucas.bernard@canopee.fr", () -> documents.spaces()).stream()
                .filter(space -> space.name().equals("Tech & Data")).findFirst().orElseThrow().id();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode create(ApiClient client, Map<String, Object> document) {
        HttpResponse<String> response = client.post("/api/docs", document);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = ApiClient.json(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/docs/" + created.path("id").asLong());
        return created;
    }

    @Test
    void createsReadsByIdAndSlugAndListsNewestFirstWithFilters() {
        String tag = "api-" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode first = create(lucas, Map.of("kind", "ARTICLE", "spaceId", techSpace(), "title", unique("Première"),
                "body", "## Bonjour\n\nDepuis l’API", "visibility", "COMPANY", "tags", List.of(tag)));
        JsonNode second = create(lucas, Map.of("kind", "DECISION", "spaceId", techSpace(), "title", unique("Seconde"),
                "visibility", "COMPANY", "tags", List.of(tag)));

        assertThat(first.path("html").asString()).contains("<h2", "Depuis l’API");
        assertThat(first.path("owner").path("fullName").asString()).isEqualTo("Lucas Bernard");
        assertThat(second.path("body").asString()).as("the kind's template fills an empty body").isNotBlank();

        JsonNode byId = ApiClient.json(ines.get("/api/docs/" + first.path("id").asLong()));
        assertThat(byId.path("title").asString()).isEqualTo(first.path("title").asString());
        assertThat(byId.path("canEdit").asBoolean()).isFalse();
        JsonNode bySlug = ApiClient.json(ines.get("/api/docs/by-slug/" + first.path("slug").asString() + "?space=" + techSpace()));
        assertThat(bySlug.path("id").asLong()).isEqualTo(first.path("id").asLong());

        JsonNode page = ApiClient.json(nicolas.get("/api/docs?tag=" + tag));
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items").valueStream().map(item -> item.path("id").asLong()).toList())
                .containsExactly(second.path("id").asLong(), first.path("id").asLong());
        JsonNode decisions = ApiClient.json(nicolas.get("/api/docs?tag=" + tag + "&kind=DECISION"));
        assertThat(decisions.path("items").valueStream().map(item -> item.path("id").asLong()).toList())
                .containsExactly(second.path("id").asLong());
        JsonNode paged = ApiClient.json(nicolas.get("/api/docs?tag=" + tag + "&size=1&page=1"));
        assertThat(paged.path("items").valueStream().map(item -> item.path("id").asLong()).toList())
                .containsExactly(first.path("id").asLong());
        long author = first.path("owner").path("id").asLong();
        assertThat(ApiClient.json(nicolas.get("/api/docs?tag=" + tag + "&author=" + author)).path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aDocumentTheCallerMayNotReadIsNotFoundEverywhere() {
        String title = unique("Secret d’équipe");
        JsonNode secret = create(lucas, Map.of("kind", "ARTICLE", "spaceId", techSpace(), "title", title,
                "body", "réservé", "visibility", "SPACE"));
        long id = secret.path("id").asLong();

        HttpResponse<String> read = ines.get("/api/docs/" + id);
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(read).path("error").asString()).isEqualTo("not_found");
        assertThat(ines.get("/api/docs/by-slug/" + secret.path("slug").asString()).statusCode()).isEqualTo(404);
        assertThat(ines.put("/api/docs/" + id, Map.of("version", secret.path("version").asLong(), "body", "piraté"))
                .statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(ines.get("/api/docs?q=" + title.replace(" ", "%20").replace("’", "%E2%80%99")))
                .path("total").asLong()).isZero();
        assertThat(ines.get("/api/docs/999999999").statusCode()).as("same answer as a missing one").isEqualTo(404);
        assertThat(nicolas.get("/api/docs/" + id).statusCode()).as("a member of the space reads it").isEqualTo(200);
    }

    @Test
    void anUpdateFromAnOldVersionIs409WithTheDiffAndChangesNothing() {
        JsonNode created = create(lucas, Map.of("kind", "ARTICLE", "spaceId", techSpace(), "title", unique("Versions"),
                "body", "début\nfin", "visibility", "SPACE"));
        long id = created.path("id").asLong();
        long version = created.path("version").asLong();

        HttpResponse<String> first = nicolas.put("/api/docs/" + id, Map.of("version", version, "body", "début\nNicolas\nfin"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode saved = ApiClient.json(first);
        assertThat(saved.path("version").asLong()).isGreaterThan(version);
        assertThat(saved.path("title").asString()).as("left out, kept").isEqualTo(created.path("title").asString());

        HttpResponse<String> stale = lucas.put("/api/docs/" + id, Map.of("version", version, "body", "début\nLucas\nfin"));

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode conflict = ApiClient.json(stale);
        assertThat(conflict.path("error").asString()).isEqualTo("conflict");
        assertThat(conflict.path("currentVersion").asLong()).isEqualTo(saved.path("version").asLong());
        assertThat(conflict.path("updatedBy").asString()).isEqualTo("Nicolas Dupuis");
        assertThat(conflict.path("message").asString()).contains("Nicolas Dupuis");
        assertThat(conflict.path("diff").valueStream().map(line -> line.path("type").asString() + ":" + line.path("text").asString()).toList())
                .contains("REMOVED:Nicolas", "ADDED:Lucas");
        assertThat(ApiClient.json(lucas.get("/api/docs/" + id)).path("body").asString()).isEqualTo("début\nNicolas\nfin");
    }

    @Test
    void invalidInputIs400WithTheFieldAndATranslatedMessage() {
        HttpResponse<String> english = lucas.post("/api/docs", Map.of("kind", "ARTICLE", "spaceId", techSpace(), "title", " "));
        HttpResponse<String> french = lucas.inLanguage("fr").post("/api/docs", Map.of("kind", "ARTICLE", "spaceId", techSpace(),
                "title", "x".repeat(201)));

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(english).path("field").asString()).isEqualTo("title");
        assertThat(ApiClient.json(english).path("message").asString()).isEqualTo("Please fill this in.");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(french).path("message").asString()).contains("200");
        assertThat(ApiClient.json(french).path("message").asString()).doesNotContain("too long");

        HttpResponse<String> noKind = lucas.post("/api/docs", Map.of("title", "Sans type"));
        assertThat(ApiClient.json(noKind).path("field").asString()).isEqualTo("kind");
        assertThat(lucas.post("/api/docs", Map.of("kind", "POEM", "title", "x")).statusCode()).isEqualTo(400);
        assertThat(lucas.post("/api/docs", "{not json").statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(lucas.get("/api/docs?size=1000")).path("field").asString()).isEqualTo("size");
        assertThat(ApiClient.json(lucas.get("/api/docs?kind=POEM")).path("field").asString()).isEqualTo("kind");

        JsonNode created = create(lucas, Map.of("kind", "ARTICLE", "spaceId", techSpace(), "title", unique("Version"),
                "visibility", "COMPANY"));
        HttpResponse<String> noVersion = lucas.put("/api/docs/" + created.path("id").asLong(), Map.of("body", "x"));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noVersion).path("field").asString()).isEqualTo("version");
        HttpResponse<String> readOnly = ines.put("/api/docs/" + created.path("id").asLong(),
                Map.of("version", created.path("version").asLong(), "body", "x"));
        assertThat(readOnly.statusCode()).as("a reader may not edit a COMPANY document of another space").isEqualTo(403);
        assertThat(ApiClient.json(readOnly).path("error").asString()).isEqualTo("forbidden");
        assertThat(ApiClient.json(readOnly).path("message").asString()).isNotBlank();
    }
}
