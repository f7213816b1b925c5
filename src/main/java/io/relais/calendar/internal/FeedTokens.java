package io.relais.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Secret feed tokens: 256 random bits, shown once, stored as their SHA-256 (a leaked database
 * does not give the feeds away). A new token replaces the old one; revoking deletes it.
 */
@Component
public class FeedTokens {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenRepository tokens;

    FeedTokens(FeedTokenRepository tokens) {
        this.tokens = tokens;
    }

    public String issue(long personId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.findById(personId).ifPresentOrElse(existing -> existing.replace(hash(token), now),
                () -> tokens.save(new FeedToken(personId, hash(token), now)));
        return token;
    }

    public void revoke(long personId) {
        tokens.deleteById(personId);
    }

    public boolean exists(long personId) {
        return tokens.existsById(personId);
    }

    /** The person a token opens the feed of; malformed, unknown and revoked tokens open nothing. */
    public Optional<Long> personOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).map(FeedToken::getPersonId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
