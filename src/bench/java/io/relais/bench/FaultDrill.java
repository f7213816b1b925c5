package io.relais.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fault programs share: reaching a running installation's embedded database (to check
 * what is committed, outside Relais) and its search API (to check what is searchable, through
 * Relais, with the permissions of a person).
 */
final class FaultDrill {

    static final String ADMIN = "julien.mercier@canopee.fr";
    private static final Pattern SLUG = Pattern.compile("\"slug\":\"([^\"]*)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private FaultDrill() {
    }

    /** What one search returned: the total it announced and the slugs of its hits, in order. */
    record Found(long total, List<String> slugs) {
    }

    static Connection database(RelaisProcess relais) throws SQLException {
        long port = relais.embeddedDatabasePort()
                .orElseThrow(() -> new IllegalStateException("the embedded database has not started yet"));
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/relais", "root", "");
    }

    /**
     * A personal API token of the administrator, written straight into the database as Relais
     * stores them (SHA-256 of the secret), so the drill needs no browser to create one. It lives
     * in the database, so it survives restarts and comes back with a restore.
     */
    static String grantToken(Connection database) throws SQLException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = "relais_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try (PreparedStatement insert = database.prepareStatement("""
                insert into api_token (account_id, name, token_hash, created_at)
                select id, 'fault drill', ?, utc_timestamp(6) from user_account where username = ?""")) {
            insert.setString(1, sha256(secret));
            insert.setString(2, ADMIN);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + ADMIN);
            }
        }
        return secret;
    }

    /** {@code GET /api/search?q=...&size=100} as the token's owner. */
    static Found search(RelaisProcess relais, String token, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(relais.baseUrl() + "/api/search?size=100&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("search answered " + response.statusCode() + ": " + response.body());
        }
        Matcher total = TOTAL.matcher(response.body());
        List<String> slugs = new ArrayList<>();
        Matcher slug = SLUG.matcher(response.body());
        while (slug.find()) {
            slugs.add(slug.group(1));
        }
        return new Found(total.find() ? Long.parseLong(total.group(1)) : -1, slugs);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
