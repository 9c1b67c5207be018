package org.hamsafar.analytics.segments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.hamsafar.customers.CustomerSelections;
import org.hamsafar.events.CustomerEventCounts;
import org.hamsafar.feedback.CustomerNpsCsat;
import org.springframework.stereotype.Component;

/**
 * Finds a segment's members: each condition gives a set of customers from the module that owns its
 * facts (profiles, events, feedback, model outputs), and the sets are intersected ({@code all}) or
 * joined ({@code any}), then kept to live customers. Time windows end now.
 */
@Component
class SegmentEvaluator {
    private final CustomerSelections customers;
    private final CustomerEventCounts events;
    private final CustomerNpsCsat answers;
    private final ScoreMatches scores;
    private final Clock clock;

    SegmentEvaluator(CustomerSelections customers, CustomerEventCounts events, CustomerNpsCsat answers, ScoreMatches scores, Clock clock) {
        this.customers = customers;
        this.events = events;
        this.answers = answers;
        this.scores = scores;
        this.clock = clock;
    }

    /** The live customers the segment holds now, in id order. */
    long[] members(SegmentDefinition segment) {
        Instant now = clock.instant();
        long[] result = null;
        for (SegmentCondition condition : segment.conditions()) {
            long[] ids = ids(condition, now);
            result = result == null ? ids : segment.matchAll() ? SortedIds.intersect(result, ids) : SortedIds.union(result, ids);
        }
        return result == null ? new long[0] : SortedIds.intersect(result, customers.live());
    }

    private long[] ids(SegmentCondition condition, Instant now) {
        if (condition instanceof SegmentCondition.Attribute a) {
            return customers.withAttribute(a.attribute(), a.values());
        }
        if (condition instanceof SegmentCondition.BirthYear b) {
            return customers.bornBetween(b.from(), b.to());
        }
        if (condition instanceof SegmentCondition.Events e) {
            return events.withAtLeast(e.eventType(), now.minus(Duration.ofDays(e.withinDays())), e.atLeast());
        }
        if (condition instanceof SegmentCondition.Inactive i) {
            return events.lastSeenBefore(now.minus(Duration.ofDays(i.days())));
        }
        if (condition instanceof SegmentCondition.Nps n) {
            long[][] buffer = {new long[1024]};
            int[] size = {0};
            answers.forEach(now, a -> {
                boolean holds = a.npsCount() > 0 && (n.operator().equals("<=") ? a.npsLast() <= n.value() : a.npsLast() >= n.value());
                if (holds) {
                    if (size[0] == buffer[0].length) {
                        buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
                    }
                    buffer[0][size[0]++] = a.customerId();
                }
            });
            return Arrays.copyOf(buffer[0], size[0]);
        }
        return scores.of((SegmentCondition.Score) condition);
    }
}
