package org.hamsafar.shared;

import java.util.regex.Pattern;

/**
 * Keys: the machine names used across the API for event types, touchpoints, codes, sources and
 * purposes — a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'.
 */
public final class Keys {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
    /** Custom attribute names also allow capitals (they come from other systems' field names). */
    private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private Keys() {
    }

    public static boolean isKey(String value) {
        return value != null && KEY.matcher(value).matches();
    }

    public static boolean isCustomName(String value) {
        return value != null && CUSTOM_NAME.matcher(value).matches();
    }
}
