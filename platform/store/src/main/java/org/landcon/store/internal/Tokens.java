package org.landcon.store.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random 256-bit tokens for sessions and CSRF, URL-safe Base64 without padding. */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    static String random256() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the database keeps of a session token: its SHA-256, so a copy of the file opens no session. */
    static String stored(String token) {
        return H2PlanStore.sha256(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
