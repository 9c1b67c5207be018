package org.hamsafar.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination cursors. A cursor encodes the sort key of the last item seen, so that the next
 * page starts strictly after it (keyset pagination: stable under inserts, no OFFSET scans).
 */
public final class Cursors {
    private Cursors() {
    }

    public static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode}; a tampered cursor is a 422 on the {@code cursor} parameter. */
    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this API");
        }
    }

    public static long decodeLong(String cursor) {
        try {
            return Long.parseLong(decode(cursor));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("cursor", "is not a cursor returned by this API");
        }
    }

    /** Checks a page size against the allowed range. */
    public static int limit(Integer requested, int defaultLimit, int maxLimit) {
        if (requested == null) {
            return defaultLimit;
        }
        if (requested < 1 || requested > maxLimit) {
            throw InvalidInputException.of("limit", "must be between 1 and " + maxLimit);
        }
        return requested;
    }
}
