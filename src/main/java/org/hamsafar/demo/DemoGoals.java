package org.hamsafar.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.hamsafar.analytics.forecast.MetricDefinition;
import org.hamsafar.analytics.forecast.MetricKind;
import org.hamsafar.analytics.goals.CxGoals;
import org.hamsafar.analytics.goals.GoalDraft;
import org.hamsafar.analytics.goals.GoalView;
import org.springframework.stereotype.Service;

/**
 * The demo company's CX goals, set 90 (or 60) days ago from what its data said then: NPS after
 * delivery up by 13 points (the courier change should carry it), support CSAT up by 10 points, and
 * failed app payments per 30 days down by 30% (nothing in the demo fixes them: that goal falls
 * behind). Each baseline is measured from the demo's own data, and each goal gets its weekly
 * measurements since then, so the goals page shows trends on the first start. Added only to a
 * store without goals; a goal whose metric has no data is left out.
 */
@Service
class DemoGoals {
    private static final int WINDOW_DAYS = 30;
    private final CxGoals goals;
    private final Clock clock;

    DemoGoals(CxGoals goals, Clock clock) {
        this.goals = goals;
        this.clock = clock;
    }

    /** How many goals were added. */
    int load() {
        if (goals.count() > 0) {
            return 0;
        }
        int added = 0;
        added += add(new MetricDefinition(MetricKind.NPS, null, null, "delivery", null, null), 90, 13, "تیم لجستیک",
                "NPS پس از تحویل", "هدف پس از تعویض شرکت پیک: NPS نظرسنجی پس از تحویل سفارش.");
        added += add(MetricDefinition.of(MetricKind.CSAT), 90, 10, "تیم پشتیبانی",
                "رضایت از پشتیبانی (CSAT)", "درصد پاسخ‌های ۴ و ۵ در نظرسنجی رضایت پس از تماس با پشتیبانی.");
        added += add(new MetricDefinition(MetricKind.EVENTS, "payment_failed", null, null, "app", null), 60, -0.3, "تیم محصول اپ",
                "پرداخت‌های ناموفق در اپ در ۳۰ روز", "پرداخت در اپ بیش از وب شکست می‌خورد؛ هدف کاهش ۳۰ درصدی آن است.");
        return added;
    }

    /**
     * A goal on {@code metric} set {@code daysAgo} days ago from its value over the 30 days before
     * then: the target adds {@code change} points, or, when {@code change} is a fraction below 0,
     * lowers a count by that share; due as many days from now as half the time since then.
     */
    private int add(MetricDefinition metric, int daysAgo, double change, String owner, String name, String description) {
        Instant now = clock.instant();
        Instant baselineEnd = now.minus(Duration.ofDays(daysAgo));
        Double baseline = goals.valueOver(metric, baselineEnd.minus(Duration.ofDays(WINDOW_DAYS)), baselineEnd);
        if (baseline == null || baseline == 0 && change < 0) {
            return 0;
        }
        double start = Math.round(baseline);
        double target = change < 0 ? Math.round(start * (1 + change)) : Math.min(100, start + change);
        if (target == start) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, goals.zone());
        String title = name + " از " + persian(start) + " به " + persian(target);
        GoalView goal = goals.create(new GoalDraft(title, description, metric, WINDOW_DAYS, start, today.minusDays(daysAgo), target,
                today.plusDays(daysAgo / 2), owner), "demo");
        for (Instant end = baselineEnd.plus(Duration.ofDays(7)); end.isBefore(now); end = end.plus(Duration.ofDays(7))) {
            goals.measureAt(goal.id(), end, "demo");
        }
        return 1;
    }

    private static String persian(double value) {
        StringBuilder out = new StringBuilder();
        for (char c : Long.toString((long) value).toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c == '-' ? '−' : c);
        }
        return out.toString();
    }
}
