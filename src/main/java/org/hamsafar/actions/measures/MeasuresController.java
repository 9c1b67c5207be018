package org.hamsafar.actions.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/measures")
@Tag(name = "Cases", description = "Cases that close the loop with a customer: states, owners, history and notes")
class MeasuresController {
    private final ClosedLoopMeasures measures;
    private final ZoneId zone;
    private final Clock clock;

    MeasuresController(ClosedLoopMeasures measures, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.measures = measures;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Closed-loop measures, overall and per team", description = """
            Over the cases opened in [`from`, `to`) (default: the last 90 days; `days` instead of `from` counts back from
            `to`; at most 1,830 days), of one `team` (a key) or of all. `from`/`to`: an ISO date (midnight in the display
            time zone) or a date-time with offset. Figures, each with its basis `n`; a rate or median over nothing is null:
            `cases` (`opened` in the period, `resolved` in the period, `openNow` whenever opened);
            `closedLoop` (of the distinct responses whose rule match in the period opened or joined a case, those whose
            cases are all resolved or closed now); `timeToFirstResponse`, `timeToResolution` (median hours from opening,
            over the cases opened in the period that have that time); `slaBreach` (cases opened in the period with a
            recorded breach of either SLA target, and each target's breach rate over the targets judged so far);
            `recovery` (detractors, NPS 0-6, whose response opened or joined a case in the period, once per customer by
            their earliest such response: how many answered NPS again and how many of those answered 7-10; `rate` is
            recovered / answered again). `byTeam` lists the teams, cases without a team last (`team` null). `segment` (a
            segment's key) keeps only the cases about that segment's current members.""")
    Map<String, Object> measures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String days, @RequestParam(required = false) String team,
                                 @RequestParam(required = false) String segment) {
        MeasuresScope scope = MeasuresParams.read(new MeasuresParams.Raw(from, to, days, team, segment), zone, clock.instant());
        return MeasuresJson.report(measures.report(scope));
    }
}
