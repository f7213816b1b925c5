package io.relais.security;

import io.relais.platform.UserFacingException;
import java.security.SecureRandom;

/** Password rules and generation. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String requireAcceptable(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new UserFacingException(field, "security.error.password-too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserFacingException(field, "validation.too-long", MAX_LENGTH);
        }
        return password;
    }

    /** A random temporary password, readable aloud (no 0/O, 1/l). */
    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
