package org.hamsafar.analytics.goals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics/goals")
@Tag(name = "Analytics", description = "Forecasts, scorecard and CX goals")
class GoalController {
    private static final String BODY = """
            Body: `title` (up to 200 characters), `description` (optional, up to 2000), `metric` {`kind`: events | revenue | nps |
            csat | ces | sentiment | cases, `eventType` (events, revenue), `surveyId` (nps, csat, ces, sentiment), `touchpoint`,
            `channel` (not cases)}, `windowDays` (each measurement covers the last 1-366 days; default 30), `baselineValue` and
            `baselineDate`, `targetValue` (in the metric's range, not equal to the baseline) and `dueDate` (after the baseline date;
            ISO dates, days of the display time zone), `owner` (a user name or team).""";
    private final CxGoals goals;
    private final AuditLog audit;

    GoalController(CxGoals goals, AuditLog audit) {
        this.goals = goals;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "List CX goals with their live value, progress and status", description = """
            Soonest due first. Each goal carries `current` (the metric over its last `windowDays` days, measured now), `status`
            (achieved, on_track: at or beyond a straight line from baseline to target, at_risk, missed: due date passed short of the
            target, judged on the value measured at the due date; no_data), `progress` (per cent from baseline to target), `expected`
            (the straight line's value today) and `history` (recorded measurements). Paginated by `limit` (1-200, default 50) and
            `cursor`.""")
    Page<GoalView> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return goals.page(cursor, Cursors.limit(limit, 50, CxGoals.MAX_LIMIT));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One CX goal with its live value, status and history of measurements")
    GoalView get(@PathVariable long id) {
        return goals.view(id);
    }

    @PostMapping
    @Operation(summary = "Create a CX goal (admin)", description = BODY)
    ResponseEntity<GoalView> create(@RequestBody JsonNode body) {
        GoalView goal = goals.create(GoalRequestReader.read(body), Actors.current());
        audit.record("analytics.goal.create", "analytics_goal:" + goal.id(), goal.title());
        return ResponseEntity.created(URI.create("/api/v1/analytics/goals/" + goal.id())).body(goal);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a CX goal (admin)", description = BODY)
    GoalView update(@PathVariable long id, @RequestBody JsonNode body) {
        GoalView goal = goals.update(id, GoalRequestReader.read(body));
        audit.record("analytics.goal.update", "analytics_goal:" + id, goal.title());
        return goal;
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a CX goal and its measurements (admin)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        goals.delete(id);
        audit.record("analytics.goal.delete", "analytics_goal:" + id, null);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/measurements")
    @Operation(summary = "Measure a CX goal now and record the value in its history (admin)", description = """
            The weekly `goals` analysis does the same for every running goal (schedule: hamsafar.analytics.schedule.goals).""")
    ResponseEntity<GoalMeasurement> measure(@PathVariable long id) {
        GoalMeasurement measurement = goals.measureNow(id, Actors.current());
        audit.record("analytics.goal.measure", "analytics_goal:" + id, null);
        return ResponseEntity.status(201).body(measurement);
    }
}
