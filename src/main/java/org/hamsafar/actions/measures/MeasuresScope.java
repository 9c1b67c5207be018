package org.hamsafar.actions.measures;

import java.time.Instant;

/**
 * What the measures cover: cases opened (and rules triggered) in {@code [from, to)}, of one team
 * or, with {@code team} null, of all teams; with {@code segment} (a segment's key), only the cases
 * about that segment's members (cases without a customer then drop out).
 */
record MeasuresScope(Instant from, Instant to, String team, String segment) {

    MeasuresScope {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
