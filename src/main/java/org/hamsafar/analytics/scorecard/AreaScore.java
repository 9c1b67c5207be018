package org.hamsafar.analytics.scorecard;

import java.util.Map;

/**
 * One area's score for one month: 0..100, or null with the reason when the store has no data for
 * it; {@code components} are the measured parts (shares 0..1, means, counts) the score was made of,
 * null where a part had no data.
 */
record AreaScore(Double score, String reason, Map<String, Object> components) {

    static AreaScore missing(String reason, Map<String, Object> components) {
        return new AreaScore(null, reason, components);
    }
}
