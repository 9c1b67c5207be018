package org.hamsafar.actions.pages;

import java.time.Instant;
import java.util.List;
import org.hamsafar.customers.CustomerTag;
import org.hamsafar.customers.TimelineEntry;

/**
 * What the case page shows of the customer (their 360 in brief): name (null when unnamed),
 * identities as kind and value, tags, the latest NPS and CSAT answers, the newest timeline entries
 * and their other cases.
 */
public record CustomerContext(long id, String name, Instant customerSince, Instant erasedAt, List<Identity> identities,
                              List<CustomerTag> tags, Score lastNps, Score lastCsat, List<TimelineEntry> recent,
                              List<CaseRow> otherCases) {

    /** One identity: {@code kind} is the identity kind's key (email, phone, externalId, ...). */
    public record Identity(String kind, String value) {
    }

    /** A survey score and when it was given. */
    public record Score(int score, Instant at) {
    }
}
