package org.hamsafar.actions.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.actions.CaseFilter;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CxCase;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.CustomerProfile;
import org.springframework.stereotype.Component;

/** Reads the customer's context for a case page through the customers module's public API. */
@Component
class CustomerContextReader {
    static final int RECENT_ENTRIES = 8;
    static final int OTHER_CASES = 5;
    private final CustomerDirectory customers;
    private final CaseService cases;
    private final Clock clock;

    CustomerContextReader(CustomerDirectory customers, CaseService cases, Clock clock) {
        this.customers = customers;
        this.cases = cases;
        this.clock = clock;
    }

    Optional<CustomerContext> read(CxCase aCase) {
        if (aCase.customerId() == null) {
            return Optional.empty();
        }
        Optional<CustomerProfile> found = customers.find(aCase.customerId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CustomerProfile profile = found.get();
        long id = profile.id();
        String name = profile.attributes().fullName();
        Map<String, Object> facts = customers.facts(id);
        List<CustomerContext.Identity> identities = profile.identities().stream()
                .map(i -> new CustomerContext.Identity(i.kind().key(), i.value())).toList();
        Instant now = clock.instant();
        List<CaseRow> others = cases.list(new CaseFilter(id, null, null, null, null), null, OTHER_CASES + 1).items().stream()
                .filter(c -> c.id() != aCase.id()).limit(OTHER_CASES)
                .map(c -> new CaseRow(c.id(), c.title(), c.customerId(), null, c.priority().key(), c.state().key(), c.team(), null,
                        c.assignee(), null, CaseAge.of(Duration.between(c.createdAt(), now)), c.createdAt(), null, null, null, false,
                        false))
                .toList();
        return Optional.of(new CustomerContext(id, name.isEmpty() ? null : name, profile.createdAt(), profile.erasedAt(), identities,
                customers.tagDetails(id), score(facts.get("lastNps")), score(facts.get("lastCsat")),
                customers.timeline(id, null, null, RECENT_ENTRIES).items(), others));
    }

    /** A {@code {"score": 9, "at": Instant}} fact of the feedback module. */
    private static CustomerContext.Score score(Object fact) {
        if (fact instanceof Map<?, ?> map && map.get("score") instanceof Number score && map.get("at") instanceof Instant at) {
            return new CustomerContext.Score(score.intValue(), at);
        }
        return null;
    }
}
