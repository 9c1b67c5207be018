package org.hamsafar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hamsafar.events.NewEvent;
import org.hamsafar.feedback.ResponseBackfill;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyStatus;
import org.junit.jupiter.api.Test;

/** The demo's checkout experiment and NPS driver ratings, straight from the generators (no store). */
class DemoExperimentAndDriversTest {
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final long SEED = 1404;

    @Test
    void checkoutExperimentSplitsEvenlyAndVariantBConvertsMore() {
        DemoCustomerGenerator customers = new DemoCustomerGenerator(SEED, NOW, 540);
        DemoEventGenerator generator = new DemoEventGenerator(SEED, NOW);
        long[] visitors = new long[2];
        long[] converted = new long[2];
        for (int i = 0; i < 2000; i++) {
            List<NewEvent> events = generator.generate(customers.generate(i), i);
            NewEvent first = events.stream().filter(e -> DemoCheckoutExperiment.EXPOSURE.equals(e.type()))
                    .min((a, b) -> a.occurredAt().compareTo(b.occurredAt())).orElse(null);
            if (first == null) {
                continue;
            }
            int arm = first.propertiesJson().contains("\"variant\":\"B\"") ? 1 : 0;
            visitors[arm]++;
            Instant deadline = first.occurredAt().plus(Duration.ofDays(7));
            boolean bought = events.stream().anyMatch(e -> "purchase".equals(e.type()) && !e.occurredAt().isBefore(first.occurredAt())
                    && !e.occurredAt().isAfter(deadline));
            converted[arm] += bought ? 1 : 0;
        }
        double a = (double) converted[0] / visitors[0];
        double b = (double) converted[1] / visitors[1];

        // Seed 1404, 2,000 customers: A 317/416 = 0.762, B 369/434 = 0.850 buy within a week of their first exposure.
        assertThat(visitors[0] + visitors[1]).isGreaterThan(700);
        assertThat(Math.abs(visitors[0] - visitors[1])).isLessThan((visitors[0] + visitors[1]) / 10);
        assertThat(b - a).isGreaterThan(0.05);
    }

    @Test
    void driverRatingsFollowTheScoreDeliveryMost() {
        DemoCustomerGenerator customers = new DemoCustomerGenerator(SEED, NOW, 540);
        DemoEventGenerator events = new DemoEventGenerator(SEED, NOW);
        Survey survey = new Survey(1, "k", "s", SurveyStatus.ACTIVE, 1, null, null, NOW, NOW);
        DemoResponseGenerator responses = new DemoResponseGenerator(SEED, NOW, new DemoSurveys.Ids(survey, survey, survey, survey), events);
        List<ResponseBackfill.PastResponse> nps = IntStream.range(0, 2000).mapToObj(customers::generate)
                .flatMap(c -> responses.generate(c, c.index(), events.generate(c, c.index())).responses().stream())
                .filter(r -> r.answers().containsKey("nps"))
                .toList();
        List<double[]> rows = new ArrayList<>();
        for (ResponseBackfill.PastResponse r : nps) {
            if (r.answers().containsKey(DemoDriverRatings.DELIVERY) && r.answers().containsKey(DemoDriverRatings.QUALITY)
                    && r.answers().containsKey(DemoDriverRatings.PRICE) && r.answers().containsKey(DemoDriverRatings.CHECKOUT)) {
                rows.add(new double[] {(Integer) r.answers().get("nps"), (Integer) r.answers().get(DemoDriverRatings.DELIVERY),
                        (Integer) r.answers().get(DemoDriverRatings.QUALITY), (Integer) r.answers().get(DemoDriverRatings.PRICE),
                        (Integer) r.answers().get(DemoDriverRatings.CHECKOUT)});
            }
        }
        double[] r = new double[5];
        for (int j = 1; j < 5; j++) {
            r[j] = correlation(rows, 0, j);
        }

        // Seed 1404: 425 of 701 NPS answers rate all four (in-store buyers rate neither delivery nor checkout);
        // correlation with the score: delivery 0.49, quality 0.47, checkout 0.34, price 0.30.
        assertThat(rows.size()).isGreaterThan(300);
        assertThat(r[1]).isGreaterThan(r[4]).isGreaterThan(0.4);
        assertThat(r[2]).isGreaterThan(r[3]);
        assertThat(r[3]).isGreaterThan(0.15);
    }

    private static double correlation(List<double[]> rows, int a, int b) {
        double ma = rows.stream().mapToDouble(x -> x[a]).average().orElseThrow();
        double mb = rows.stream().mapToDouble(x -> x[b]).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] x : rows) {
            sab += (x[a] - ma) * (x[b] - mb);
            saa += (x[a] - ma) * (x[a] - ma);
            sbb += (x[b] - mb) * (x[b] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
