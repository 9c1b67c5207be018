package org.hamsafar.analytics.clusters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes each cluster in words a reader can use: its size; its centroid in original units (the
 * mean of each feature over its customers for whom it is known); its dominant traits (the features
 * whose standardised mean is farthest from the population's 0, at most three with |z| of at least
 * {@link #MIN_TRAIT_Z}); value, purchases, recency, NPS and sentiment; the topics its customers'
 * texts mention most; its dominant channel, typical city, age and genders.
 */
final class ClusterDescriber {
    /** A feature is a trait of a cluster when its mean z-score is at least this far from 0. */
    static final double MIN_TRAIT_Z = 0.25;
    static final int TRAITS = 3;
    static final int TOPICS = 3;

    private ClusterDescriber() {
    }

    /** Per cluster and topic: customers mentioning it, their texts about it, and the negative ones among those. */
    record TopicCount(String topic, String labelFa, String labelEn, long customers, long texts, long negative) {
    }

    /** {@code labels} are 0..k-1 per row of the table; {@code topics} per cluster (may be empty lists). */
    static List<Map<String, Object>> describe(FeatureTable table, Standardiser.Standardised s, int[] labels, int k,
                                              List<List<TopicCount>> topics) {
        int n = table.n();
        int all = table.d();
        long[] sizes = new long[k];
        double[][] rawSums = new double[k][all];
        long[][] rawKnown = new long[k][all];
        double[][] zSums = new double[k][s.d()];
        List<List<Integer>> ages = new ArrayList<>();
        long[][] cityCounts = new long[k][table.cities().size()];
        long[][] genderCounts = new long[k][table.genders().size()];
        for (int c = 0; c < k; c++) {
            ages.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int c = labels[i];
            sizes[c]++;
            for (int j = 0; j < all; j++) {
                double x = table.value(i, j);
                if (!Double.isNaN(x)) {
                    rawSums[c][j] += x;
                    rawKnown[c][j]++;
                }
            }
            for (int j = 0; j < s.d(); j++) {
                zSums[c][j] += s.z()[i * s.d() + j];
            }
            if (table.city()[i] >= 0) {
                cityCounts[c][table.city()[i]]++;
            }
            if (table.gender()[i] >= 0) {
                genderCounts[c][table.gender()[i]]++;
            }
        }
        int ageColumn = column(table, "age");
        List<Map<String, Object>> clusters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cluster", c + 1);
            out.put("customers", sizes[c]);
            out.put("share", round((double) sizes[c] / n, 4));
            Map<String, Object> centroid = new LinkedHashMap<>();
            for (int j = 0; j < all; j++) {
                centroid.put(table.features().get(j).key(), rawKnown[c][j] == 0 ? null : round(rawSums[c][j] / rawKnown[c][j], 3));
            }
            out.put("centroid", centroid);
            Map<String, Object> z = new LinkedHashMap<>();
            List<Map<String, Object>> traits = new ArrayList<>();
            Integer[] order = new Integer[s.d()];
            for (int j = 0; j < s.d(); j++) {
                order[j] = j;
                z.put(table.features().get(s.kept()[j]).key(), round(sizes[c] == 0 ? 0 : zSums[c][j] / sizes[c], 3));
            }
            out.put("z", z);
            final int cluster = c;
            Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -Math.abs(zSums[cluster][j] / Math.max(1, sizes[cluster]))));
            for (int t = 0; t < Math.min(TRAITS, order.length); t++) {
                double mean = zSums[c][order[t]] / Math.max(1, sizes[c]);
                if (Math.abs(mean) < MIN_TRAIT_Z) {
                    break;
                }
                FeatureTable.Feature feature = table.features().get(s.kept()[order[t]]);
                Map<String, Object> trait = new LinkedHashMap<>();
                trait.put("feature", feature.key());
                trait.put("channel", feature.channel());
                trait.put("z", round(mean, 2));
                trait.put("direction", mean > 0 ? "high" : "low");
                traits.add(trait);
            }
            out.put("traits", traits);
            out.put("meanValue", centroid.get("value"));
            out.put("meanPurchases", centroid.get("purchases"));
            out.put("meanRecencyDays", centroid.get("recency_days"));
            out.put("meanNps", centroid.get("nps"));
            out.put("npsCustomers", rawKnown[c][column(table, "nps")]);
            out.put("meanSentiment", centroid.get("sentiment"));
            out.put("topTopics", topics(topics.get(c), sizes[c]));
            out.put("dominantChannel", dominantChannel(table, centroid));
            out.put("typicalCity", mode(cityCounts[c], table.cities(), "city"));
            List<Integer> clusterAges = ages.get(c);
            for (int i = 0; i < n && ageColumn >= 0; i++) {
                if (labels[i] == c && !Double.isNaN(table.value(i, ageColumn))) {
                    clusterAges.add((int) table.value(i, ageColumn));
                }
            }
            Integer median = median(clusterAges);
            out.put("medianAge", median);
            out.put("ageRange", median == null ? null : ageRange(median));
            Map<String, Object> genders = new LinkedHashMap<>();
            long knownGender = Arrays.stream(genderCounts[c]).sum();
            for (int g = 0; g < table.genders().size(); g++) {
                if (knownGender > 0 && genderCounts[c][g] > 0) {
                    genders.put(table.genders().get(g), round((double) genderCounts[c][g] / knownGender, 3));
                }
            }
            out.put("genders", genders);
            clusters.add(out);
        }
        return clusters;
    }

    private static List<Map<String, Object>> topics(List<TopicCount> counts, long size) {
        List<Map<String, Object>> top = new ArrayList<>();
        counts.stream().sorted(Comparator.comparingLong(TopicCount::customers).reversed().thenComparing(TopicCount::topic))
                .limit(TOPICS).forEach(t -> {
                    Map<String, Object> topic = new LinkedHashMap<>();
                    topic.put("topic", t.topic());
                    topic.put("labelFa", t.labelFa());
                    topic.put("labelEn", t.labelEn());
                    topic.put("customers", t.customers());
                    topic.put("share", size == 0 ? 0.0 : round((double) t.customers() / size, 3));
                    topic.put("negativeShare", t.texts() == 0 ? 0.0 : round((double) t.negative() / t.texts(), 3));
                    top.add(topic);
                });
        return top;
    }

    /** The channel with the highest mean share of the cluster's events (null when no channel is a feature). */
    private static Map<String, Object> dominantChannel(FeatureTable table, Map<String, Object> centroid) {
        String best = null;
        double bestShare = -1;
        for (FeatureTable.Feature feature : table.features()) {
            Object share = centroid.get(feature.key());
            if (feature.channel() != null && share instanceof Double value && value > bestShare) {
                best = feature.channel();
                bestShare = value;
            }
        }
        if (best == null) {
            return null;
        }
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("channel", best);
        channel.put("share", round(bestShare, 3));
        return channel;
    }

    private static Map<String, Object> mode(long[] counts, List<String> values, String name) {
        long known = Arrays.stream(counts).sum();
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Map<String, Object> mode = new LinkedHashMap<>();
        mode.put(name, values.get(best));
        mode.put("share", round((double) counts[best] / known, 3));
        return mode;
    }

    static Integer median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        return sorted[(sorted.length - 1) / 2];
    }

    /** A persona's age range ({@code 25-34}, {@code 65+}) holding {@code age}. */
    static String ageRange(int age) {
        if (age < 18) {
            return "0-17";
        }
        if (age < 25) {
            return "18-24";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = (age - 25) / 10 * 10 + 25;
        return low + "-" + (low + 9);
    }

    private static int column(FeatureTable table, String key) {
        for (int j = 0; j < table.d(); j++) {
            if (table.features().get(j).key().equals(key)) {
                return j;
            }
        }
        return -1;
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
