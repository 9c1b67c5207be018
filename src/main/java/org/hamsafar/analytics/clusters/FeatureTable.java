package org.hamsafar.analytics.clusters;

import java.util.List;

/**
 * The customers to cluster and what is known of them, in customer id order: {@code raw} holds
 * their features in original units, row-major {@code n × names.size()}, NaN where unknown; besides
 * the features, each customer's city (an index into {@code cities}, -1 unknown), gender
 * ({@code genders} index, -1 unknown) and birth year (0 unknown) describe the clusters.
 */
record FeatureTable(long[] customerIds, List<Feature> features, double[] raw, int[] city, List<String> cities, int[] gender,
                    List<String> genders, int[] birthYear) {

    int n() {
        return customerIds.length;
    }

    int d() {
        return features.size();
    }

    double value(int row, int feature) {
        return raw[row * features.size() + feature];
    }

    /**
     * A feature: its key ({@code recency_days}, {@code channel_app}, ...), whether it is log-scaled
     * (log(1 + x)) before standardising (heavy-tailed counts, amounts and durations), and the channel
     * it measures (channel shares only).
     */
    record Feature(String key, boolean logScaled, String channel) {
    }
}
