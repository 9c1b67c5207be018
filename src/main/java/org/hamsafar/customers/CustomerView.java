package org.hamsafar.customers;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A profile as the API shows it: identities by kind, attributes, psychographics, tags, consent and facts. */
record CustomerView(long id, Instant createdAt, Instant updatedAt, Map<String, List<String>> identities,
                    Map<String, Object> attributes, Map<String, List<String>> psychographics, List<String> tags,
                    Map<String, String> custom, List<ConsentState> consent, Map<String, Object> facts, Instant erasedAt) {

    static CustomerView of(CustomerProfile profile, List<String> tags, Map<String, Object> facts) {
        Map<String, List<String>> identities = new LinkedHashMap<>();
        for (IdentityKind kind : IdentityKind.values()) {
            List<String> values = profile.identities().stream().filter(i -> i.kind() == kind).map(CustomerIdentity::value).toList();
            if (!values.isEmpty()) {
                identities.put(camel(kind.key()), values);
            }
        }
        CustomerAttributes a = profile.attributes();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("firstName", a.firstName());
        attributes.put("lastName", a.lastName());
        attributes.put("birthYear", a.birthYear());
        attributes.put("gender", a.gender());
        attributes.put("city", a.city());
        attributes.put("province", a.province());
        attributes.put("country", a.country());
        attributes.put("language", a.language());
        attributes.put("occupation", a.occupation());
        attributes.put("education", a.education());
        attributes.put("incomeBand", a.incomeBand());
        Map<String, List<String>> psychographics = new LinkedHashMap<>();
        psychographics.put("interests", a.interests());
        psychographics.put("values", a.valueTags());
        psychographics.put("lifestyle", a.lifestyleTags());
        return new CustomerView(profile.id(), profile.createdAt(), profile.updatedAt(), identities, attributes, psychographics,
                tags, profile.custom(), profile.consent(), facts, profile.erasedAt());
    }

    private static String camel(String key) {
        int underscore = key.indexOf('_');
        return underscore < 0 ? key + "s"
                : key.substring(0, underscore) + Character.toUpperCase(key.charAt(underscore + 1)) + key.substring(underscore + 2) + "s";
    }
}
