package org.hamsafar.analytics.churn;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A feature's name as people read it, in the page's language: {@code recency_days} from
 * {@code analytics.churn.feature.recency_days}; the per-value features ({@code channel_share:web},
 * {@code gender:female}, {@code city:Tehran}) from their family's message with the value (a channel
 * by its own message).
 */
final class FeatureLabels {
    private final MessageSource messages;
    private final Locale locale;

    FeatureLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String label(String feature) {
        int colon = feature.indexOf(':');
        if (colon < 0) {
            return messages.getMessage("analytics.churn.feature." + feature, null, feature, locale);
        }
        String family = feature.substring(0, colon);
        String value = feature.substring(colon + 1);
        if (family.equals("channel_share")) {
            value = messages.getMessage("channel." + value, null, value, locale);
        }
        return messages.getMessage("analytics.churn.feature." + family, new Object[] {value}, feature, locale);
    }
}
