package org.hamsafar.analytics.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.hamsafar.identity.Actors;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.store.SegmentMembers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics jobs", description = "Heavy analyses run as jobs; their results are stored with model version and data window")
class AnalyticsJobController {
    /** The {@code segment} of {@code latest} that asks for a run over every customer. */
    static final String ALL_CUSTOMERS = "all";
    private final AnalyticsJobs jobs;

    AnalyticsJobController(AnalyticsJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/jobs")
    @Operation(summary = "Queue an analysis", description = """
            Body: `kind` (one of the analyses: GET /api/v1/analytics/kinds) and `parameters` (an object; each analysis documents
            its own, defaults fill what is missing). 202 with the queued job and its Location; poll it until `state` is
            `succeeded` (its `result` is stored) or `failed` (`error` says why). Jobs run one at a time. Audited.""")
    ResponseEntity<AnalyticsJob> submit(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("", "the body must be a JSON object with kind and parameters");
        }
        JsonNode kind = body.get("kind");
        if (kind == null || !kind.isString()) {
            throw InvalidInputException.of("kind", "required: one of " + jobs.kinds());
        }
        AnalyticsJob job = jobs.submit(kind.asString(), body.get("parameters"), Actors.current());
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/jobs/" + job.id())).body(job);
    }

    @GetMapping("/kinds")
    @Operation(summary = "The kinds of analysis that can run as jobs")
    List<String> kinds() {
        return jobs.kinds();
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "One job with its state, progress and (when it succeeded) result")
    AnalyticsJob job(@PathVariable long id) {
        return jobs.get(id);
    }

    @GetMapping("/jobs")
    @Operation(summary = "Jobs, newest first, without results", description = "Optional `kind`; paged by `limit` (1-200, default 50) and `cursor`.")
    Page<AnalyticsJob> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        return jobs.page(kind, cursor, Cursors.limit(limit, 50, 200));
    }

    @GetMapping("/{kind}/latest")
    @Operation(summary = "The latest successful job of a kind, with its result", description = """
            Without `segment`: the latest whatever it covered. With `segment` (a segment's key): the latest run over that segment's
            members; `segment=all` for the latest run over every customer. 404 when none has succeeded yet.""")
    AnalyticsJob latest(@PathVariable String kind, @RequestParam(required = false) String segment) {
        if (segment == null || segment.isBlank()) {
            return jobs.latest(kind).orElseThrow(() -> new NotFoundException("a successful " + kind + " analysis"));
        }
        String key = segment.strip();
        if (!key.equals(ALL_CUSTOMERS) && !Keys.isKey(key)) {
            throw InvalidInputException.of("segment", SegmentMembers.RULE + ", or \"all\"");
        }
        return jobs.latest(kind, key.equals(ALL_CUSTOMERS) ? null : key).orElseThrow(() -> new NotFoundException(
                "a successful " + kind + " analysis" + (key.equals(ALL_CUSTOMERS) ? " over every customer" : " of segment " + key)));
    }
}
