package org.hamsafar.analytics.churn;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.hamsafar.events.CustomerActivityTotals;

/**
 * How a {@link CustomerSnapshot} becomes the model's input, fixed on the training snapshot and then
 * applied unchanged to the scoring one: the category levels that get their own column (genders and
 * cities held by at least 1 % of the training customers, at most {@link #MAX_CITIES} cities; others
 * share the all-zero baseline) and the values missing facts are imputed with (the training mean; a
 * 0/1 column says whether the fact was known). Counts and values enter as log(1 + x): their tails
 * are long and a standardised raw count would let a few heavy customers set the scale.
 *
 * @param genders   gender values with their own column
 * @param cities    city values with their own column
 * @param imputed   the value used for each missing fact, by fact name
 */
record ChurnFeatures(List<String> genders, List<String> cities, Map<String, Double> imputed) {
    static final int MAX_CITIES = 8;
    private static final double DAY = 86_400;

    /** The features of a snapshot: one row per live customer. */
    record Rows(long[] ids, List<String> names, double[][] x) {
    }

    /** The levels and imputations of {@code training}. */
    static ChurnFeatures fit(CustomerSnapshot training) {
        int[] live = liveRows(training);
        Map<String, Double> imputed = new HashMap<>();
        imputed.put("nps_mean", mean(live, i -> training.npsMean[i]));
        imputed.put("nps_last", mean(live, i -> training.npsLast[i]));
        imputed.put("csat_mean", mean(live, i -> training.csatMean[i]));
        imputed.put("csat_last", mean(live, i -> training.csatLast[i]));
        imputed.put("sentiment_mean", mean(live, i -> training.sentiment[i]));
        imputed.put("age", mean(live, i -> training.birthYear[i] == 0 ? Double.NaN : age(training, i)));
        return new ChurnFeatures(levels(live, i -> training.gender[i], 4), levels(live, i -> training.city[i], MAX_CITIES), Map.copyOf(imputed));
    }

    /** The feature names, in column order. */
    List<String> names() {
        List<String> names = new ArrayList<>(List.of("recency_days", "tenure_days", "activities", "activity_value", "events"));
        CustomerActivityTotals.channels().forEach(c -> names.add("channel_share:" + c));
        names.addAll(List.of("contacts", "complaints", "nps_answered", "nps_mean", "nps_last", "csat_answered", "csat_mean", "csat_last",
                "texts", "sentiment_mean", "cases_opened", "cases_open", "age_known", "age"));
        genders.forEach(g -> names.add("gender:" + g));
        cities.forEach(c -> names.add("city:" + c));
        return names;
    }

    /** The rows of the live customers of {@code s}. */
    Rows rows(CustomerSnapshot s) {
        int[] live = liveRows(s);
        List<String> names = names();
        double[][] x = new double[live.length][];
        long[] ids = new long[live.length];
        long cutoff = s.cutoff.getEpochSecond();
        for (int r = 0; r < live.length; r++) {
            int i = live[r];
            ids[r] = s.ids[i];
            double[] row = new double[names.size()];
            int k = 0;
            row[k++] = (cutoff - s.lastActivityAt[i]) / DAY;
            row[k++] = (cutoff - s.firstEventAt[i]) / DAY;
            row[k++] = Math.log1p(s.activities[i]);
            row[k++] = Math.log1p(Math.max(0, s.activityValue[i]));
            row[k++] = Math.log1p(s.events[i]);
            for (long channelEvents : s.eventsByChannel[i]) {
                row[k++] = s.events[i] == 0 ? 0 : (double) channelEvents / s.events[i];
            }
            row[k++] = Math.log1p(s.contacts[i]);
            row[k++] = Math.log1p(s.complaints[i]);
            row[k++] = Double.isNaN(s.npsMean[i]) ? 0 : 1;
            row[k++] = orImputed(s.npsMean[i], "nps_mean");
            row[k++] = orImputed(s.npsLast[i], "nps_last");
            row[k++] = Double.isNaN(s.csatMean[i]) ? 0 : 1;
            row[k++] = orImputed(s.csatMean[i], "csat_mean");
            row[k++] = orImputed(s.csatLast[i], "csat_last");
            row[k++] = Math.log1p(s.texts[i]);
            row[k++] = orImputed(s.sentiment[i], "sentiment_mean");
            row[k++] = Math.log1p(s.casesOpened[i]);
            row[k++] = Math.log1p(s.casesOpen[i]);
            row[k++] = s.birthYear[i] == 0 ? 0 : 1;
            row[k++] = s.birthYear[i] == 0 ? imputed.get("age") : age(s, i);
            for (String g : genders) {
                row[k++] = g.equals(s.gender[i]) ? 1 : 0;
            }
            for (String c : cities) {
                row[k++] = c.equals(s.city[i]) ? 1 : 0;
            }
            x[r] = row;
        }
        return new Rows(ids, names, x);
    }

    private double orImputed(double value, String fact) {
        if (!Double.isNaN(value)) {
            return value;
        }
        Double mean = imputed.get(fact);
        return mean == null || mean.isNaN() ? 0 : mean;
    }

    private static double age(CustomerSnapshot s, int i) {
        return s.cutoff.atZone(ZoneOffset.UTC).getYear() - s.birthYear[i];
    }

    private static int[] liveRows(CustomerSnapshot s) {
        return IntStream.range(0, s.size()).filter(i -> s.live[i]).toArray();
    }

    private static double mean(int[] rows, java.util.function.IntToDoubleFunction value) {
        return IntStream.of(rows).mapToDouble(value).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    private static List<String> levels(int[] rows, IntFunction<String> value, int max) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i : rows) {
            String v = value.apply(i);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        long least = Math.max(1, (long) Math.ceil(rows.length * 0.01));
        return counts.entrySet().stream().filter(e -> e.getValue() >= least)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).map(Map.Entry::getKey).toList();
    }
}
