package org.hamsafar.analytics.goals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.time.PageDays;
import tools.jackson.databind.json.JsonMapper;

/**
 * A goal as a card on the goals page and the home page: the view, its days in the page's calendar,
 * and its trend (recorded measurements by the last day each covers) as chart data (JSON).
 */
public record GoalCard(GoalView goal, String baselineDay, String dueDay, String statusClass, String chart) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static GoalCard of(GoalView goal, boolean persian, ZoneId zone) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (GoalMeasurement m : goal.history()) {
            labels.add(PageDays.show(LocalDate.ofInstant(m.dataTo().minusSeconds(1), zone), persian));
            values.add(m.value());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("values", values);
        chart.put("target", goal.targetValue());
        chart.put("baseline", goal.baselineValue());
        return new GoalCard(goal, PageDays.show(goal.baselineDate(), persian), PageDays.show(goal.dueDate(), persian),
                statusClass(goal.status()), JSON.writeValueAsString(chart));
    }

    static String statusClass(String status) {
        return switch (status) {
            case "achieved" -> "text-bg-success";
            case "on_track" -> "text-bg-primary";
            case "at_risk" -> "text-bg-warning";
            case "missed" -> "text-bg-danger";
            default -> "text-bg-secondary";
        };
    }
}
