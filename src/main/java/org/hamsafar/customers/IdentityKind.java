package org.hamsafar.customers;

import java.util.Locale;

/** The kinds of identity that point at a customer profile. */
public enum IdentityKind {
    EXTERNAL_ID, EMAIL, PHONE, ANONYMOUS_ID;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
