package org.hamsafar.analytics.clusters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.customers.CustomerTagSets;
import org.hamsafar.text.CustomerTopicMentions;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code clusters} job: live customers with purchases, described by standardised behaviour,
 * feedback and demographics ({@link FeatureReader}, {@link Standardiser}), clustered by k-means++
 * with k chosen by the mean silhouette ({@link KChoice}); clusters are numbered from the largest,
 * described ({@link ClusterDescriber}), and each customer's cluster is stored as a customer score
 * of kind {@code cluster} (label {@code cluster_<n>}, score: distance to its centre in standard
 * deviations).
 */
@Component
class ClusterAnalysis implements Analysis {
    static final String KIND = "clusters";
    static final String SCORE_KIND = "cluster";
    /** Fewer customers than this give no clusters worth describing. */
    static final int MIN_CUSTOMERS = 30;
    /** Each k must leave at least this many customers per cluster on average. */
    static final int MIN_PER_CLUSTER = 5;
    static final int FIT_SAMPLE = 100_000;
    static final int SILHOUETTE_SAMPLE = 5_000;
    static final int MAX_ITERATIONS = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FeatureReader features;
    private final CustomerTopicMentions topics;
    private final CustomerScores scores;
    private final CustomerTagSets tagSets;
    private final Clock clock;

    ClusterAnalysis(FeatureReader features, CustomerTopicMentions topics, CustomerScores scores, CustomerTagSets tagSets,
                    Clock clock) {
        this.features = features;
        this.topics = topics;
        this.scores = scores;
        this.tagSets = tagSets;
        this.clock = clock;
    }

    static String label(int cluster) {
        return "cluster_" + cluster;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "kmeans++-silhouette-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        return ClusterParameters.read(parameters, clock.instant()).json();
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        ClusterParameters p = ClusterParameters.read(parameters, clock.instant());
        Instant asOf = p.asOf() == null ? clock.instant() : p.asOf();
        Instant from = asOf.minus(Duration.ofDays(p.lookbackDays()));
        progress.report(0.02, "reading customers' behaviour, feedback and profiles");
        FeatureTable table = features.read(p.purchaseTypes(), asOf, p.lookbackDays(),
                p.segment() == null ? null : tagSets.members(p.segment()));
        int n = table.n();
        if (n < MIN_CUSTOMERS) {
            throw new AnalysisFailure("too little data: clustering needs at least " + MIN_CUSTOMERS + " live customers with purchases ("
                    + String.join(", ", p.purchaseTypes()) + ") before " + asOf + "; found " + n);
        }
        Standardiser.Standardised s = Standardiser.of(table);
        if (s.d() == 0) {
            throw new AnalysisFailure("degenerate data: the " + n + " customers do not differ in any feature, so there is nothing to cluster");
        }
        int kMax = Math.min(p.kMax(), n / MIN_PER_CLUSTER);
        if (kMax < p.kMin()) {
            throw new AnalysisFailure("too little data: " + p.kMin() + " clusters need at least " + p.kMin() * MIN_PER_CLUSTER
                    + " customers; found " + n);
        }
        progress.report(0.1, "clustering " + n + " customers on " + s.d() + " features");
        KChoice.Choice choice = KChoice.choose(s.z(), n, s.d(),
                new KChoice.Settings(p.kMin(), kMax, p.restarts(), MAX_ITERATIONS, FIT_SAMPLE, SILHOUETTE_SAMPLE, p.seed()),
                (done, steps) -> progress.report(0.1 + 0.7 * done / steps, "k-means++ for k " + Math.min(p.kMin() + done - 1, kMax)));
        if (choice.fit() == null) {
            throw new AnalysisFailure("degenerate data: the customers fall on too few distinct points for two or more clusters");
        }
        int k = choice.fit().k();
        int[] labels = bySize(choice.fit().labels(), k);
        progress.report(0.82, "describing " + k + " clusters");
        List<Map<String, Object>> clusters = ClusterDescriber.describe(table, s, labels, k, topicCounts(table, labels, k, from, asOf));
        progress.report(0.9, "storing each customer's cluster");
        scores.replace(SCORE_KIND, progress.jobId(), customerScores(table, s, labels, k));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("asOf", asOf.toString());
        result.put("lookbackDays", p.lookbackDays());
        result.put("purchaseTypes", p.purchaseTypes());
        result.put("segment", p.segment());
        result.put("customers", n);
        result.put("k", k);
        result.put("silhouette", ClusterDescriber.round(choice.silhouette(), 4));
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (KChoice.Candidate c : choice.candidates()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", c.k());
            row.put("silhouette", Double.isNaN(c.silhouette()) ? null : ClusterDescriber.round(c.silhouette(), 4));
            row.put("inertiaPerCustomer", ClusterDescriber.round(c.inertiaPerPoint(), 4));
            row.put("iterations", c.iterations());
            row.put("converged", c.converged());
            candidates.add(row);
        }
        result.put("candidates", candidates);
        result.put("fitSampleSize", choice.fitSampleSize());
        result.put("silhouetteSampleSize", choice.silhouetteSampleSize());
        List<Map<String, Object>> used = new ArrayList<>();
        for (int j = 0; j < s.d(); j++) {
            FeatureTable.Feature feature = table.features().get(s.kept()[j]);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("feature", feature.key());
            row.put("logScaled", feature.logScaled());
            row.put("mean", ClusterDescriber.round(s.means()[j], 4));
            row.put("sd", ClusterDescriber.round(s.sds()[j], 4));
            used.add(row);
        }
        result.put("features", used);
        result.put("droppedFeatures", s.dropped());
        result.put("clusters", clusters);
        progress.report(1, "done");
        return new AnalysisOutcome(JSON.valueToTree(result), from, asOf);
    }

    /** Renumbers clusters 0..k-1 from the largest (ties: the lower original number first). */
    static int[] bySize(int[] labels, int k) {
        long[] sizes = new long[k];
        for (int label : labels) {
            sizes[label]++;
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> sizes[a] != sizes[b] ? Long.compare(sizes[b], sizes[a]) : Integer.compare(a, b));
        int[] rank = new int[k];
        for (int r = 0; r < k; r++) {
            rank[order[r]] = r;
        }
        int[] relabelled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relabelled[i] = rank[labels[i]];
        }
        return relabelled;
    }

    private List<List<ClusterDescriber.TopicCount>> topicCounts(FeatureTable table, int[] labels, int k, Instant from, Instant to) {
        List<Map<String, long[]>> counts = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            counts.add(new HashMap<>());
        }
        topics.forEach(from, to, m -> {
            int i = Arrays.binarySearch(table.customerIds(), m.customerId());
            if (i >= 0) {
                long[] count = counts.get(labels[i]).computeIfAbsent(m.topic(), t -> new long[3]);
                count[0]++;
                count[1] += m.texts();
                count[2] += m.negative();
            }
        });
        Map<String, CustomerTopicMentions.Labels> names = topics.labels();
        List<List<ClusterDescriber.TopicCount>> out = new ArrayList<>();
        for (Map<String, long[]> cluster : counts) {
            List<ClusterDescriber.TopicCount> list = new ArrayList<>();
            cluster.forEach((topic, c) -> {
                CustomerTopicMentions.Labels label = names.get(topic);
                list.add(new ClusterDescriber.TopicCount(topic, label == null ? topic : label.fa(), label == null ? topic : label.en(),
                        c[0], c[1], c[2]));
            });
            out.add(list);
        }
        return out;
    }

    private static List<CustomerScore> customerScores(FeatureTable table, Standardiser.Standardised s, int[] labels, int k) {
        int n = table.n();
        int d = s.d();
        double[] centres = new double[k * d];
        long[] sizes = new long[k];
        for (int i = 0; i < n; i++) {
            sizes[labels[i]]++;
            for (int j = 0; j < d; j++) {
                centres[labels[i] * d + j] += s.z()[i * d + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centres[c * d + j] /= Math.max(1, sizes[c]);
            }
        }
        List<CustomerScore> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double distance = Math.sqrt(KMeans.squared(s.z(), i * d, centres, labels[i] * d, d));
            rows.add(new CustomerScore(table.customerIds()[i], ClusterDescriber.round(distance, 4), label(labels[i] + 1), null));
        }
        return rows;
    }

}
