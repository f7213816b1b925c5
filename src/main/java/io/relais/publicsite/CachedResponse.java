package io.relais.publicsite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A rendered answer kept in memory: its bytes, a strong entity tag and when its content last
 * changed.
 *
 * @param lastModified when the content last changed, or {@code null} for lists, whose newest
 *     entry can get older when a document stops being public
 * @param documentId the public document shown, or {@code null} for indexes and the sitemap
 */
record CachedResponse(byte[] body, String etag, Instant lastModified, Long documentId) {

    /**
     * A page's entity tag: the document's id and version, plus a short fingerprint of the bytes,
     * because a page also shows other documents' titles (links) and translated chrome that can
     * change without this document's version moving.
     */
    static CachedResponse of(String text, String tagPrefix, Instant lastModified, Long documentId) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new CachedResponse(body, "\"" + tagPrefix + "-" + fingerprint(body) + "\"", lastModified, documentId);
    }

    private static String fingerprint(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
