package org.hamsafar.actions.rules;

import java.util.Locale;

/**
 * The kind of item a rule reads: a survey response, an interaction event, an analysed text, or a
 * day's CX metrics (one item per day, for anomalies such as a drop in NPS).
 */
public enum RuleSubject {
    RESPONSE, EVENT, TEXT, METRIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RuleSubject fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
