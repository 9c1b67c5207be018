package org.hamsafar.actions.measures;

import java.time.Instant;

/**
 * What the measures cover: cases opened (and rules triggered) in {@code [from, to)}, of one team
 * or, with {@code team} null, of all teams.
 */
record MeasuresScope(Instant from, Instant to, String team) {

    MeasuresScope {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
