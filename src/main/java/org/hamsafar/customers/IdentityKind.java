package org.hamsafar.customers;

import java.util.Locale;

/** The kinds of identity that point at a customer profile. */
public enum IdentityKind {
    EXTERNAL_ID, EMAIL, PHONE, ANONYMOUS_ID;

    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }
}
