package org.hamsafar.actions.rules;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.customers.CustomerAttributes;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.CustomerProfile;
import org.hamsafar.events.InteractionHistory;
import org.springframework.stereotype.Component;

/** Facts from the store: customer tags and attributes, and event counts, as conditions ask for them. */
@Component
class LiveFacts implements ItemFacts {
    private final CustomerDirectory customers;
    private final InteractionHistory interactions;

    LiveFacts(CustomerDirectory customers, InteractionHistory interactions) {
        this.customers = customers;
        this.interactions = interactions;
    }

    @Override
    public List<String> customerTags(long customerId) {
        return customers.tags(customerId);
    }

    @Override
    public Optional<Object> customerAttribute(long customerId, String key) {
        return customers.find(customerId).map(profile -> attributes(profile).get(key));
    }

    @Override
    public long countEvents(long customerId, Instant from, Instant to, String type, String channel, String touchpoint) {
        return interactions.count(customerId, from, to, type, channel, touchpoint);
    }

    /** The profile's attributes under the names the customer API uses; numbers as Doubles, as rules compare them. */
    static Map<String, Object> attributes(CustomerProfile profile) {
        Map<String, Object> out = new HashMap<>();
        CustomerAttributes a = profile.attributes();
        put(out, "firstName", a.firstName());
        put(out, "lastName", a.lastName());
        if (a.birthYear() != null) {
            out.put("birthYear", a.birthYear().doubleValue());
        }
        put(out, "gender", a.gender());
        put(out, "city", a.city());
        put(out, "province", a.province());
        put(out, "country", a.country());
        put(out, "language", a.language());
        put(out, "occupation", a.occupation());
        put(out, "education", a.education());
        put(out, "incomeBand", a.incomeBand());
        profile.custom().forEach((key, value) -> out.putIfAbsent(key, value));
        return out;
    }

    private static void put(Map<String, Object> out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            out.put(key, value);
        }
    }
}
