package org.landcon.store.model;

import java.time.Instant;

/**
 * A login session. The token is shown once, at login; the store keeps only its hash.
 *
 * @param token     random 256-bit token (URL-safe Base64)
 * @param csrfToken the CSRF token to echo in state-changing requests
 * @param username  who
 * @param expires   when it ends
 */
public record Session(String token, String csrfToken, String username, Instant expires) {
}
