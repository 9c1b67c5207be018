package org.hamsafar.customers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The body of PUT /api/v1/customers (and one row of a customer import). */
public record CustomerUpsertRequest(Identities identities, Attributes attributes, Psychographics psychographics,
                                    List<Consent> consent, String source) {

    public record Identities(String externalId, String email, String phone, String anonymousId) {
    }

    public record Attributes(String firstName, String lastName, Integer birthYear, String gender, String city,
                             String province, String country, String language, String occupation, String education,
                             String incomeBand, Map<String, String> custom) {
    }

    public record Psychographics(List<String> interests, List<String> values, List<String> lifestyle) {
    }

    public record Consent(String channel, String purpose, Boolean granted, OffsetDateTime at, String source) {
    }
}
