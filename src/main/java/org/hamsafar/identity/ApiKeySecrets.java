package org.hamsafar.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API key secrets. A secret is {@code hs_} plus 32 random bytes (256 bits) in
 * base64url. With that much entropy a single SHA-256 is a safe stored form (no slow hash needed,
 * unlike passwords), and it lets a request find its key by an indexed lookup.
 */
final class ApiKeySecrets {
    static final String PREFIX = "hs_";
    private static final int PREFIX_SHOWN = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The visible start of a secret, enough to tell keys apart in a list. */
    static String visiblePrefix(String secret) {
        return secret.substring(0, Math.min(PREFIX_SHOWN, secret.length()));
    }
}
