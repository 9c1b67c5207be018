package org.hamsafar.analytics.churn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamsafar.actions.CustomerCaseCounts;
import org.hamsafar.analytics.jobs.SegmentRows;
import org.hamsafar.customers.CustomerDemographics;
import org.hamsafar.events.CustomerActivityTotals;
import org.hamsafar.feedback.CustomerNpsCsat;
import org.hamsafar.text.CustomerSentiments;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link CustomerSnapshot} through the owning modules' read-only aggregates: one GROUP BY
 * query per module, streamed in customer id order, so a million customers cost a few passes over
 * the tables and a few hundred megabytes of arrays.
 */
@Component
class SnapshotReader {
    private final CustomerActivityTotals activity;
    private final CustomerNpsCsat answers;
    private final CustomerSentiments sentiments;
    private final CustomerCaseCounts cases;
    private final CustomerDemographics demographics;

    SnapshotReader(CustomerActivityTotals activity, CustomerNpsCsat answers, CustomerSentiments sentiments, CustomerCaseCounts cases,
                   CustomerDemographics demographics) {
        this.activity = activity;
        this.answers = answers;
        this.sentiments = sentiments;
        this.cases = cases;
        this.demographics = demographics;
    }

    /**
     * The customers' facts at {@code cutoff}, with counts over the {@code lookback} before it;
     * {@code members} (ascending ids) keeps only a segment's customers, null everyone.
     */
    CustomerSnapshot read(Instant cutoff, Duration lookback, EventTypes types, long[] members) {
        Instant from = cutoff.minus(lookback);
        CustomerActivityTotals.Window window = new CustomerActivityTotals.Window(types.activity(), types.contacts(), types.complaints(),
                from, cutoff);
        List<CustomerActivityTotals.Totals> totals = new java.util.ArrayList<>();
        activity.forEach(window, totals::add);
        SegmentRows.keepMembers(totals, CustomerActivityTotals.Totals::customerId, members);
        long[] ids = totals.stream().mapToLong(CustomerActivityTotals.Totals::customerId).toArray();
        CustomerSnapshot s = new CustomerSnapshot(cutoff, ids, CustomerActivityTotals.channels().size());
        for (int i = 0; i < ids.length; i++) {
            CustomerActivityTotals.Totals t = totals.get(i);
            s.firstEventAt[i] = t.firstEventAt().getEpochSecond();
            s.lastActivityAt[i] = t.lastActivityAt().getEpochSecond();
            s.activities[i] = t.activities();
            s.activityValue[i] = t.activityValue();
            s.events[i] = t.events();
            s.eventsByChannel[i] = t.eventsByChannel();
            s.contacts[i] = t.contacts();
            s.complaints[i] = t.complaints();
            totals.set(i, null);
        }
        answers.forEach(cutoff, a -> {
            int i = s.positionOf(a.customerId());
            if (i >= 0) {
                s.npsMean[i] = a.npsMean();
                s.npsLast[i] = a.npsLast();
                s.csatMean[i] = a.csatMean();
                s.csatLast[i] = a.csatLast();
            }
        });
        sentiments.forEach(from, cutoff, m -> {
            int i = s.positionOf(m.customerId());
            if (i >= 0) {
                s.texts[i] = m.texts();
                s.sentiment[i] = m.meanScore();
            }
        });
        cases.forEach(from, cutoff, c -> {
            int i = s.positionOf(c.customerId());
            if (i >= 0) {
                s.casesOpened[i] = c.opened();
                s.casesOpen[i] = c.open();
            }
        });
        demographics.forEach(d -> {
            int i = s.positionOf(d.customerId());
            if (i >= 0) {
                s.live[i] = true;
                s.gender[i] = d.gender();
                s.birthYear[i] = d.birthYear() == null ? 0 : d.birthYear();
                s.city[i] = d.city();
            }
        });
        return s;
    }

    /** The customers (ids ascending) with an activity event in {@code [from, to)}. */
    long[] activeBetween(List<String> activityTypes, Instant from, Instant to) {
        java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
        activity.activeBetween(activityTypes, from, to, ids::add);
        return ids.build().toArray();
    }

    /** Which event types count as activity, contacts and complaints. */
    record EventTypes(List<String> activity, List<String> contacts, List<String> complaints) {
    }
}
