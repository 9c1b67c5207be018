package org.hamsafar.actions.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dry run's answer (the shape of POST /api/v1/alert-rules/dry-run) for the editor: what the rule
 * would have matched and done over the period, the matches per day as bars (each day's share of the
 * busiest day) and the newest matches.
 */
public record DryRunView(int days, Instant from, Instant to, long evaluated, boolean truncated, long matched, long customers,
                         long openCases, long joinOpenCases, long emails, long webhooks, long tagCustomers, List<DayBar> byDay,
                         List<Sample> samples) {

    /** One day's matches; {@code day} is noon UTC of the date, which every display zone shows as that date. */
    public record DayBar(Instant day, long matched, int percent) {
    }

    /** One match: the item, its customer (if known), when it happened and what it was. */
    public record Sample(String ref, Long customerId, Instant occurredAt, String summary) {
    }

    @SuppressWarnings("unchecked")
    static DryRunView of(Map<String, Object> answer) {
        Map<String, Object> would = (Map<String, Object>) answer.get("wouldHave");
        List<Map<String, Object>> days = (List<Map<String, Object>>) answer.get("byDay");
        long busiest = days.stream().mapToLong(d -> number(d.get("matched"))).max().orElse(0);
        List<DayBar> bars = new ArrayList<>();
        for (Map<String, Object> d : days) {
            long matched = number(d.get("matched"));
            bars.add(new DayBar(LocalDate.parse((String) d.get("date")).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), matched,
                    busiest == 0 ? 0 : (int) Math.max(1, Math.round(matched * 100.0 / busiest))));
        }
        List<Sample> samples = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) answer.get("samples")) {
            samples.add(new Sample((String) s.get("ref"), s.get("customerId") == null ? null : number(s.get("customerId")),
                    Instant.parse((String) s.get("occurredAt")), (String) s.get("summary")));
        }
        return new DryRunView(((Number) answer.get("days")).intValue(), Instant.parse((String) answer.get("from")),
                Instant.parse((String) answer.get("to")), number(answer.get("evaluated")), Boolean.TRUE.equals(answer.get("truncated")),
                number(answer.get("matched")), number(answer.get("customers")), number(would.get("openCases")),
                number(would.get("joinOpenCases")), number(would.get("emails")), number(would.get("webhooks")),
                number(would.get("tagCustomers")), bars, samples);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
