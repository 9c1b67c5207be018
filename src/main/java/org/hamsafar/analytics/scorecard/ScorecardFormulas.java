package org.hamsafar.analytics.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six areas of the digital CX scorecard, each 0..100 from one month's data. Every area is the
 * mean of its parts that have data, times 100; an area none of whose parts has data has no score
 * (null) and says why, never an invented number.
 * <ol>
 *   <li><b>accessibility</b> = mean of channel coverage (share of the channels in use over the
 *   whole range that had any event in the month) and availability (mean over those channels of the
 *   share of the month's days with an event on it);</li>
 *   <li><b>service convenience</b> = mean of first-contact resolution (support contact episodes
 *   without a further contact within 7 days) and self-service share (self-service events / (those
 *   + support contacts); only when self-service events are recorded at all);</li>
 *   <li><b>purchase convenience</b> = mean of checkout conversion (checkout sessions that
 *   purchased) and step economy: min(1, ideal steps / median steps to purchase);</li>
 *   <li><b>personalisation</b> = share of the month's active customers reached by a targeted
 *   message or next-best-action event; no score when no such events are recorded;</li>
 *   <li><b>simplicity and ease</b> = mean of the CES mapped to 0..1, (CES − 1) / 6, and mobile
 *   parity: min(1, purchase rate of mobile sessions / purchase rate of web sessions);</li>
 *   <li><b>channel flexibility</b> = mean of the multi-channel share (active customers on two or
 *   more channels) and switch completion (buying episodes that moved to another channel and still
 *   ended in a purchase, within 7 days).</li>
 * </ol>
 */
final class ScorecardFormulas {
    private ScorecardFormulas() {
    }

    static AreaScore accessibility(MonthInputs in) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (in.channelsInUse().isEmpty()) {
            return AreaScore.missing("no interaction events in the range", parts);
        }
        long active = in.channelsInUse().stream().filter(c -> in.activeDays().getOrDefault(c, 0L) > 0).count();
        double coverage = (double) active / in.channelsInUse().size();
        double availability = in.channelsInUse().stream()
                .mapToDouble(c -> (double) in.activeDays().getOrDefault(c, 0L) / in.daysInMonth()).average().orElse(0);
        parts.put("channelsInUse", in.channelsInUse().size());
        parts.put("activeChannels", active);
        parts.put("coverage", coverage);
        parts.put("availability", availability);
        return mean(parts, "no interaction events in the range", coverage, availability);
    }

    static AreaScore serviceConvenience(MonthInputs in) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Double fcr = ratio(in.resolvedFirst(), in.contactEpisodes());
        Double selfService = in.selfServiceTracked() ? ratio(in.selfServiceEvents(), in.selfServiceEvents() + in.contacts()) : null;
        parts.put("contacts", in.contacts());
        parts.put("contactEpisodes", in.contactEpisodes());
        parts.put("firstContactResolution", fcr);
        parts.put("selfServiceEvents", in.selfServiceTracked() ? in.selfServiceEvents() : null);
        parts.put("selfServiceShare", selfService);
        if (!in.selfServiceTracked()) {
            parts.put("selfServiceNote", "no self-service events recorded in the range");
        }
        return mean(parts, "no support contacts and no self-service events in the month", fcr, selfService);
    }

    static AreaScore purchaseConvenience(MonthInputs in, double idealSteps) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Double conversion = ratio(in.convertedCheckouts(), in.checkouts());
        Double economy = in.medianSteps() == null || in.medianSteps() <= 0 ? null : Math.min(1, idealSteps / in.medianSteps());
        parts.put("checkoutSessions", in.checkouts());
        parts.put("checkoutConversion", conversion);
        parts.put("medianStepsToPurchase", in.medianSteps());
        parts.put("idealSteps", Math.round(idealSteps));
        parts.put("stepEconomy", economy);
        return mean(parts, "no checkout or purchase in a session this month", conversion, economy);
    }

    static AreaScore personalisation(MonthInputs in) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (!in.targetedTracked()) {
            return AreaScore.missing("no data: the store holds no targeted-message or next-best-action events in the range", parts);
        }
        Double reach = ratio(in.targetedCustomers(), in.activeCustomers());
        parts.put("reachedCustomers", in.targetedCustomers());
        parts.put("activeCustomers", in.activeCustomers());
        parts.put("reach", reach);
        return mean(parts, "no active customers this month", reach);
    }

    static AreaScore simplicity(MonthInputs in) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Double ces = in.ces() == null ? null : (in.ces() - 1) / 6;
        Double mobileRate = ratio(in.mobilePurchases(), in.mobileSessions());
        Double webRate = ratio(in.webPurchases(), in.webSessions());
        Double parity = mobileRate == null || webRate == null || webRate == 0 ? null : Math.min(1, mobileRate / webRate);
        parts.put("cesMean", in.ces());
        parts.put("cesAnswers", in.cesAnswers());
        parts.put("cesScaled", ces);
        parts.put("mobilePurchaseRate", mobileRate);
        parts.put("webPurchaseRate", webRate);
        parts.put("mobileParity", parity);
        return mean(parts, "no CES answers and no mobile and web sessions to compare this month", ces, parity);
    }

    static AreaScore channelFlexibility(MonthInputs in) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Double multi = ratio(in.multiChannelCustomers(), in.activeCustomers());
        Double completion = ratio(in.switchedCompleted(), in.switchedEpisodes());
        parts.put("activeCustomers", in.activeCustomers());
        parts.put("multiChannelShare", multi);
        parts.put("buyingEpisodes", in.buyingEpisodes());
        parts.put("switchedEpisodes", in.switchedEpisodes());
        parts.put("switchCompletion", completion);
        return mean(parts, "no active customers this month", multi, completion);
    }

    private static AreaScore mean(Map<String, Object> parts, String reason, Double... values) {
        List<Double> present = new ArrayList<>();
        for (Double v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        if (present.isEmpty()) {
            return AreaScore.missing(reason, parts);
        }
        return new AreaScore(100 * present.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), null, parts);
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
