package io.relais.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Token secrets: 256 random bits, Base64url, behind a recognisable prefix (so secret scanners and
 * people can tell a Relais token apart). Stored as a plain SHA-256: with 256 bits of entropy
 * nobody can guess a secret from its hash, so a slow password hash would only slow every API call.
 */
public final class ApiTokenSecrets {

    static final String PREFIX = "relais_";
    private static final Pattern SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value can be a token at all (checked before any database look-up). */
    public static boolean wellFormed(String secret) {
        return secret != null && SHAPE.matcher(secret).matches();
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
