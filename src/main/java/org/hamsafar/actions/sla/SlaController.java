package org.hamsafar.actions.sla;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.IsoTimes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/sla")
@Tag(name = "SLAs", description = "Case service levels: targets per priority, the business calendar, breach rates")
class SlaController {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Duration DEFAULT_RANGE = Duration.ofDays(30);
    private static final String TIME_FORMS = "must be a date YYYY-MM-DD (midnight in the SLA time zone) or a date-time with offset, "
            + "e.g. 2026-05-01T08:00:00+03:30";

    private final SlaSettingsService settings;
    private final CaseSlas slas;
    private final Clock clock;

    SlaController(SlaSettingsService settings, CaseSlas slas, Clock clock) {
        this.settings = settings;
        this.slas = slas;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The SLA settings", description = """
            `policies`: per priority (low, normal, high, urgent) `firstResponseMinutes` and `resolutionMinutes`, in working
            minutes from the case's opening. `week`: per day (saturday ... friday) a list of working periods
            `{"from": "08:00", "to": "16:00"}` (empty: day off). `holidays`: `{date, name, hours}`, `hours` empty for a day
            off or the periods of a short day. `zone`: the time zone of the week and the holidays. `changedAt`/`changedBy`
            are null while the built-in defaults apply.""")
    Map<String, Object> get() {
        return SlaSettingsJson.write(settings.current());
    }

    @PutMapping
    @Operation(summary = "Replace the SLA settings", description = """
            The body has the shape of GET (all of `policies` for every priority, `week`, `holidays`, `zone`; `changedAt`
            and `changedBy` are ignored). Targets are whole minutes from 1 to 525,600, resolution at least the first
            response; times `HH:MM` (`24:00` as an end); days saturday ... friday, days not listed are off; holidays are
            ISO dates, each once. New settings apply to cases opened from now on and to priority changes; with
            `recompute=open` they also recompute the due times of every case that is not closed.""")
    Map<String, Object> put(@RequestBody JsonNode body, @RequestParam(required = false) String recompute) {
        List<FieldProblem> problems = new ArrayList<>();
        if (recompute != null && !recompute.equals("open") && !recompute.equals("none")) {
            problems.add(new FieldProblem("recompute", "must be open or none"));
        }
        SlaSettings read = SlaSettingsJson.read(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SlaSettingsService.Saved saved = settings.replace(read, "open".equals(recompute));
        Map<String, Object> out = new LinkedHashMap<>(SlaSettingsJson.write(saved.settings()));
        out.put("recomputedCases", saved.recomputed());
        return out;
    }

    @GetMapping("/breach-rates")
    @Operation(summary = "SLA breach rates per team", description = """
            Over the cases opened in [`from`, `to`) (default: the last 30 days): per team, targets met and breached and the
            breach rate (breached / judged; targets still running on time are not judged yet), and the total. `from`/`to`:
            a date (midnight in the SLA time zone) or a date-time with offset.""")
    Map<String, Object> breachRates(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = settings.current().zone();
        Instant end = to == null || to.isBlank() ? clock.instant() : instant("to", to, zone, problems);
        Instant start = from == null || from.isBlank() ? (end == null ? null : end.minus(DEFAULT_RANGE)) : instant("from", from, zone, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add(new FieldProblem("from", "must be before to"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<TeamSlaRate> teams = slas.breachRates(start, end);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", start.toString());
        out.put("to", end.toString());
        out.put("teams", teams.stream().map(SlaController::rate).toList());
        out.put("total", rate(CaseSlas.total(teams)));
        return out;
    }

    private static Map<String, Object> rate(TeamSlaRate rate) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("team", rate.team());
        out.put("cases", rate.cases());
        out.put("firstResponseMet", rate.firstResponseMet());
        out.put("firstResponseBreached", rate.firstResponseBreached());
        out.put("firstResponseBreachRate", rate.firstResponseBreachRate());
        out.put("resolutionMet", rate.resolutionMet());
        out.put("resolutionBreached", rate.resolutionBreached());
        out.put("resolutionBreachRate", rate.resolutionBreachRate());
        return out;
    }

    private static Instant instant(String field, String text, ZoneId zone, List<FieldProblem> problems) {
        // An unencoded '+' in a query string arrives as a space.
        String value = text.trim().replace(' ', '+');
        try {
            return DATE.matcher(value).matches() ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : IsoTimes.parseWithOffset(value);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
    }
}
