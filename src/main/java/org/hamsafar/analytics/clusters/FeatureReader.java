package org.hamsafar.analytics.clusters;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.SegmentRows;
import org.hamsafar.customers.CustomerDemographics;
import org.hamsafar.events.CustomerActivityTotals;
import org.hamsafar.feedback.CustomerNpsCsat;
import org.hamsafar.text.CustomerSentiments;
import org.springframework.stereotype.Component;

/**
 * Reads the features of live customers with at least one purchase before {@code asOf}: from the
 * events, days since the last purchase, purchases and their value in the look-back window, days
 * since the first event, and the share of their events on each channel used for at least 1 % of
 * all events; from feedback, the mean NPS answer; from texts, the mean sentiment; from the profile,
 * age and gender (one-hot: female, male). Each module's facade streams its part in customer id
 * order; the parts are joined here by id.
 */
@Component
class FeatureReader {
    /** A channel becomes a feature when at least this share of the customers' events are on it. */
    static final double MIN_CHANNEL_SHARE = 0.01;
    private final CustomerActivityTotals activity;
    private final CustomerDemographics demographics;
    private final CustomerNpsCsat answers;
    private final CustomerSentiments sentiments;

    FeatureReader(CustomerActivityTotals activity, CustomerDemographics demographics, CustomerNpsCsat answers,
                  CustomerSentiments sentiments) {
        this.activity = activity;
        this.demographics = demographics;
        this.answers = answers;
        this.sentiments = sentiments;
    }

    /** The customers with purchases in the window; {@code members} (ascending ids) keeps only a segment's, null everyone. */
    FeatureTable read(List<String> purchaseTypes, Instant asOf, int lookbackDays, long[] members) {
        Instant from = asOf.minus(Duration.ofDays(lookbackDays));
        List<CustomerActivityTotals.Totals> totals = new ArrayList<>();
        activity.forEach(new CustomerActivityTotals.Window(purchaseTypes, List.of(), List.of(), from, asOf), totals::add);
        SegmentRows.keepMembers(totals, CustomerActivityTotals.Totals::customerId, members);
        int all = totals.size();
        long[] ids = new long[all];
        for (int i = 0; i < all; i++) {
            ids[i] = totals.get(i).customerId();
        }
        boolean[] live = new boolean[all];
        int[] birthYear = new int[all];
        int[] gender = new int[all];
        int[] city = new int[all];
        Arrays.fill(gender, -1);
        Arrays.fill(city, -1);
        List<String> genders = new ArrayList<>();
        List<String> cities = new ArrayList<>();
        Map<String, Integer> genderIndex = new HashMap<>();
        Map<String, Integer> cityIndex = new HashMap<>();
        demographics.forEach(p -> {
            int i = Arrays.binarySearch(ids, p.customerId());
            if (i < 0) {
                return;
            }
            live[i] = true;
            birthYear[i] = p.birthYear() == null ? 0 : p.birthYear();
            if (p.gender() != null) {
                gender[i] = genderIndex.computeIfAbsent(p.gender(), g -> {
                    genders.add(g);
                    return genders.size() - 1;
                });
            }
            if (p.city() != null) {
                city[i] = cityIndex.computeIfAbsent(p.city(), c -> {
                    cities.add(c);
                    return cities.size() - 1;
                });
            }
        });
        double[] nps = nanArray(all);
        answers.forEach(asOf, a -> {
            int i = Arrays.binarySearch(ids, a.customerId());
            if (i >= 0 && a.npsCount() > 0) {
                nps[i] = a.npsMean();
            }
        });
        double[] sentiment = nanArray(all);
        sentiments.forEach(from, asOf, s -> {
            int i = Arrays.binarySearch(ids, s.customerId());
            if (i >= 0 && s.texts() > 0) {
                sentiment[i] = s.meanScore();
            }
        });
        List<String> channels = CustomerActivityTotals.channels();
        long[] channelEvents = new long[channels.size()];
        long events = 0;
        for (CustomerActivityTotals.Totals t : totals) {
            for (int c = 0; c < channels.size(); c++) {
                channelEvents[c] += t.eventsByChannel()[c];
            }
            events += t.events();
        }
        List<FeatureTable.Feature> features = new ArrayList<>(List.of(new FeatureTable.Feature("recency_days", true, null),
                new FeatureTable.Feature("purchases", true, null), new FeatureTable.Feature("value", true, null),
                new FeatureTable.Feature("tenure_days", true, null)));
        List<Integer> usedChannels = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) {
            if (events > 0 && (double) channelEvents[c] / events >= MIN_CHANNEL_SHARE) {
                usedChannels.add(c);
                features.add(new FeatureTable.Feature("channel_" + channels.get(c), false, channels.get(c)));
            }
        }
        int genderFemale = genderIndex.getOrDefault("female", -2);
        int genderMale = genderIndex.getOrDefault("male", -2);
        features.addAll(List.of(new FeatureTable.Feature("nps", false, null), new FeatureTable.Feature("sentiment", false, null),
                new FeatureTable.Feature("age", false, null), new FeatureTable.Feature("gender_female", false, null),
                new FeatureTable.Feature("gender_male", false, null)));
        int n = 0;
        for (boolean l : live) {
            n += l ? 1 : 0;
        }
        int d = features.size();
        int year = asOf.atZone(ZoneOffset.UTC).getYear();
        double[] raw = new double[n * d];
        long[] keptIds = new long[n];
        int[] keptCity = new int[n];
        int[] keptGender = new int[n];
        int[] keptBirth = new int[n];
        int row = 0;
        for (int i = 0; i < all; i++) {
            if (!live[i]) {
                continue;
            }
            CustomerActivityTotals.Totals t = totals.get(i);
            int o = row * d;
            int j = 0;
            raw[o + j++] = t.lastActivityAt() == null ? Double.NaN : days(t.lastActivityAt(), asOf);
            raw[o + j++] = t.activities();
            raw[o + j++] = t.activityValue();
            raw[o + j++] = t.firstEventAt() == null ? Double.NaN : days(t.firstEventAt(), asOf);
            for (int c : usedChannels) {
                raw[o + j++] = t.events() == 0 ? Double.NaN : (double) t.eventsByChannel()[c] / t.events();
            }
            raw[o + j++] = nps[i];
            raw[o + j++] = sentiment[i];
            raw[o + j++] = birthYear[i] == 0 ? Double.NaN : year - birthYear[i];
            raw[o + j++] = gender[i] < 0 ? Double.NaN : gender[i] == genderFemale ? 1 : 0;
            raw[o + j] = gender[i] < 0 ? Double.NaN : gender[i] == genderMale ? 1 : 0;
            keptIds[row] = ids[i];
            keptCity[row] = city[i];
            keptGender[row] = gender[i];
            keptBirth[row] = birthYear[i];
            row++;
        }
        return new FeatureTable(keptIds, List.copyOf(features), raw, keptCity, List.copyOf(cities), keptGender, List.copyOf(genders),
                keptBirth);
    }

    private static double days(Instant earlier, Instant later) {
        return Math.max(0, Duration.between(earlier, later).toSeconds() / 86_400.0);
    }

    private static double[] nanArray(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
