package org.hamsafar.journeys.funnels;

import java.util.ArrayList;
import java.util.List;

/**
 * A duration in seconds as people read it: its largest unit and the next one, rounded to that
 * next unit (88,200 s is 1 d 1 h; 3,725 s is 1 h 2 min; 90 s is 1 min 30 s; 42.6 s is 43 s).
 * The page writes each part with its language's unit word and digits.
 */
public final class DurationParts {
    private static final long[] UNIT_SECONDS = {86_400, 3_600, 60, 1};
    private static final String[] UNITS = {"d", "h", "min", "s"};

    /** An amount of a unit: "d", "h", "min" or "s". */
    public record Part(long amount, String unit) {
    }

    private DurationParts() {
    }

    /** The parts, largest first; empty for null. */
    public static List<Part> of(Double seconds) {
        if (seconds == null || seconds.isNaN() || seconds < 0) {
            return List.of();
        }
        int largest = UNITS.length - 1;
        for (int u = 0; u < UNITS.length; u++) {
            if (seconds >= UNIT_SECONDS[u]) {
                largest = u;
                break;
            }
        }
        int finest = Math.min(largest + 1, UNITS.length - 1);
        long total = Math.round(seconds / UNIT_SECONDS[finest]) * UNIT_SECONDS[finest];
        List<Part> parts = new ArrayList<>();
        for (int u = largest; u <= finest; u++) {
            long amount = total / UNIT_SECONDS[u];
            total -= amount * UNIT_SECONDS[u];
            if (amount > 0 || parts.isEmpty() && u == finest) {
                parts.add(new Part(amount, UNITS[u]));
            }
        }
        return parts;
    }
}
