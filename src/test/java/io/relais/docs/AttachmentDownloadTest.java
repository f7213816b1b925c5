package io.relais.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.relais.ApiClient;
import io.relais.RelaisSpringTest;
import io.relais.TestUsers;
import io.relais.security.ApiTokenService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.springframework.context.ApplicationContext;

/** Downloads over real HTTP: headers that keep a file a file, and 404 for people who may not read. */
@RelaisSpringTest
class AttachmentDownloadTest {

    @LocalServerPort
    int port;
    @Autowired
    AttachmentService attachments;
    @Autowired
    DocumentService documents;
    @Autowired
    ApiTokenService tokens;

    TestUsers users;

    @Autowired
    void testUsers(ApplicationContext context) {
        users = new TestUsers(context);
    }

    private AttachmentSummary attach(Visibility visibility, String name, byte[] content) {
        return users.as("lucas.bernard@canopee.fr", () -> {
            DocumentDetails document = documents.create(DocumentKind.ARTICLE, DocumentFixtures.form(
                    DocumentFixtures.spaceOfTeam(documents, "Tech & Data"), DocumentFixtures.unique("Téléchargement"), "x",
                    visibility, Set.of()));
            return attachments.upload(document.id(), name, new ByteArrayInputStream(content));
        });
    }

    private ApiClient client(String login) {
        return new ApiClient(port, users.as(login + "@canopee.fr", () -> tokens.create("AttachmentDownloadTest", null).secret()));
    }

    @Test
    void aDownloadIsAnAttachmentWithItsDetectedTypeItsUtf8NameAndNoSniffing() {
        byte[] pdf = SampleFiles.pdf("budget");
        AttachmentSummary attachment = attach(Visibility.COMPANY, "Budget « été » 2026.pdf", pdf);

        HttpResponse<byte[]> response = client("ines.haddad").getBytes("/api" + attachment.downloadPath());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; "
                + "filename=\"Budget _ ete _ 2026.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode("Budget « été » 2026.pdf", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsOnly("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("sandbox"));
    }

    @Test
    void textIsServedAsPlainTextToDownloadNeverAsAPage() {
        AttachmentSummary attachment = attach(Visibility.COMPANY, "notes.md", SampleFiles.text("# Titre\n\n<b>gras</b>"));

        HttpResponse<byte[]> response = client("nicolas.dupuis").getBytes("/api" + attachment.downloadPath());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment;"));
    }

    @Test
    void anAttachmentOfADocumentTheCallerMayNotReadIsNotFound() {
        AttachmentSummary attachment = attach(Visibility.SPACE, "interne.txt", SampleFiles.text("interne"));

        assertThat(client("ines.haddad").getBytes("/api" + attachment.downloadPath()).statusCode()).isEqualTo(404);
        assertThat(client("ines.haddad").getBytes("/api/attachments/999999999").statusCode()).isEqualTo(404);
        assertThat(client("nicolas.dupuis").getBytes("/api" + attachment.downloadPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void theBrowserAddressNeedsASignedInSessionOfAReader() throws Exception {
        AttachmentSummary attachment = attach(Visibility.SPACE, "session.txt", SampleFiles.text("session"));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI address = URI.create("http://localhost:" + port + attachment.downloadPath());

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        HttpResponse<String> reader = http.send(HttpRequest.newBuilder(address)
                .header("Cookie", signIn(http, "nicolas.dupuis@canopee.fr")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body()).isEqualTo("session");

        HttpResponse<String> outsider = http.send(HttpRequest.newBuilder(address)
                .header("Cookie", signIn(http, "ines.haddad@canopee.fr")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(outsider.statusCode()).isEqualTo(404);
    }

    /** Signs in through the login form and answers the session cookie. */
    private String signIn(HttpClient http, String username) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String cookie = sessionCookie(page);
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=relais-demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return sessionCookie(login);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.split(";", 2)[0]).findFirst().orElseThrow();
    }
}
