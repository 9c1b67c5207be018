package org.hamsafar.customers;

import java.util.List;
import java.util.Map;

/**
 * Create or update a profile found by its identities. Non-empty attributes replace stored ones
 * (the newest non-empty value wins; the old value stays in the history); empty ones change nothing.
 * {@code source} names where the data came from (e.g. crm, web_form, import).
 */
public record CustomerUpsert(List<CustomerIdentity> identities, CustomerAttributes attributes, Map<String, String> custom,
                             List<ConsentChange> consent, String source) {
    public CustomerUpsert {
        identities = List.copyOf(identities);
        attributes = attributes == null ? CustomerAttributes.EMPTY : attributes;
        custom = custom == null ? Map.of() : Map.copyOf(custom);
        consent = consent == null ? List.of() : List.copyOf(consent);
        source = source == null || source.isBlank() ? "api" : source;
    }
}
