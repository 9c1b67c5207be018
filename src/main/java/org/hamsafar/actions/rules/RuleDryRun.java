package org.hamsafar.actions.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hamsafar.events.InteractionHistory;
import org.hamsafar.feedback.ResponseHistory;
import org.hamsafar.text.AnalysedTextHistory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a rule would have done over the last N days, before it is switched on: the stored
 * responses, events or texts of the period are read as the rule would have read them live, and
 * its actions are counted, not performed. One open case per customer is played as the live rule
 * plays it (a customer's later matches join the first case), as though no case was closed
 * meanwhile, so the case count is the most the rule would have opened.
 */
@Component
class RuleDryRun {
    static final int MAX_DAYS = 90;
    static final int MAX_ITEMS = 20_000;
    private static final int SAMPLES = 20;

    private final ResponseHistory responses;
    private final InteractionHistory interactions;
    private final AnalysedTextHistory texts;
    private final LiveFacts facts;
    private final DailyMetrics metrics;
    private final Clock clock;
    private final ZoneId zone;

    RuleDryRun(ResponseHistory responses, InteractionHistory interactions, AnalysedTextHistory texts, LiveFacts facts,
               DailyMetrics metrics, Clock clock, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone) {
        this.metrics = metrics;
        this.responses = responses;
        this.interactions = interactions;
        this.texts = texts;
        this.facts = facts;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    Map<String, Object> run(RuleSubject subject, Condition when, List<RuleAction> actions, int days) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(days));
        List<RuleItem> items = switch (subject) {
            case RESPONSE -> responses.between(from, to, MAX_ITEMS + 1).stream().map(RuleItems::of).toList();
            case EVENT -> interactions.between(from, to, MAX_ITEMS + 1).stream().map(RuleItems::of).toList();
            case TEXT -> texts.between(from, to, MAX_ITEMS + 1).stream().map(RuleItems::of).toList();
            case METRIC -> metricDays(days);
        };
        boolean truncated = items.size() > MAX_ITEMS;
        if (truncated) {
            items = items.subList(0, MAX_ITEMS);
        }
        boolean opensCases = actions.stream().anyMatch(a -> a instanceof RuleAction.OpenCase);
        long matched = 0;
        long casesOpened = 0;
        long joined = 0;
        Set<Long> customers = new HashSet<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        List<RuleItem> samples = new ArrayList<>();
        for (RuleItem item : items) {
            if (!ConditionEvaluator.holds(when, item, facts)) {
                continue;
            }
            matched++;
            byDay.merge(LocalDate.ofInstant(item.occurredAt(), zone), 1L, Long::sum);
            boolean firstForCustomer = item.subject() == RuleSubject.METRIC ? matched == 1
                    : item.customerId() == null || customers.add(item.customerId());
            if (opensCases) {
                if (firstForCustomer) {
                    casesOpened++;
                } else {
                    joined++;
                }
            }
            samples.add(item);
            if (samples.size() > SAMPLES) {
                samples.remove(0); // keep the newest
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", subject.key());
        out.put("days", days);
        out.put("from", from.toString());
        out.put("to", to.toString());
        out.put("evaluated", items.size());
        out.put("truncated", truncated);
        out.put("matched", matched);
        out.put("customers", customers.size());
        Map<String, Object> would = new LinkedHashMap<>();
        would.put("openCases", casesOpened);
        would.put("joinOpenCases", joined);
        would.put("emails", count(actions, RuleAction.NotifyEmail.class) * matched);
        would.put("webhooks", count(actions, RuleAction.SendWebhook.class) * matched);
        would.put("tagCustomers", count(actions, RuleAction.TagCustomer.class) > 0 ? customers.size() : 0);
        out.put("wouldHave", would);
        List<Map<String, Object>> days2 = new ArrayList<>();
        byDay.forEach((day, n) -> days2.add(Map.of("date", day.toString(), "matched", n)));
        out.put("byDay", days2);
        List<Map<String, Object>> sampleRows = new ArrayList<>();
        for (int i = samples.size() - 1; i >= 0; i--) {
            RuleItem s = samples.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ref", s.ref());
            row.put("customerId", s.customerId());
            row.put("occurredAt", s.occurredAt().toString());
            row.put("summary", s.summary());
            sampleRows.add(row);
        }
        out.put("samples", sampleRows);
        return out;
    }

    /** The metrics of each whole day of the period, oldest first. */
    private List<RuleItem> metricDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<RuleItem> items = new ArrayList<>();
        for (int back = days; back >= 1; back--) {
            items.add(metrics.of(today.minusDays(back)));
        }
        return items;
    }

    private static long count(List<RuleAction> actions, Class<? extends RuleAction> type) {
        return actions.stream().filter(type::isInstance).count();
    }
}
