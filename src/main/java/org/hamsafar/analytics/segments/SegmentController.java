package org.hamsafar.analytics.segments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.identity.Actors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/analytics/segments")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, clusters, segments, ...")
class SegmentController {
    private static final String BODY = """
            Body: `key` (a key such as `tehran_detractors`; also the customer tag the segment's members carry), `nameFa`,
            `nameEn`, `match` (`all`, default, or `any` of the conditions) and `conditions` (1 to 10), each with a `type`:
            `attribute` {`attribute`: city, province, country, gender, birthYear, language, occupation, education, incomeBand or
            custom.<name>, `values`: equal to one of them, ignoring case}; `birthYear` {`from`, `to`}; `events` {`eventType`
            (optional: any), `withinDays`, `atLeast` (default 1)}: at least that many such events in the last days; `inactive`
            {`days`}: has events but none in the last days; `nps` {`operator` `<=` or `>=`, `value` 0-10}: the latest NPS
            answer; `score` {`kind` (a model's customer scores: churn, rfm, cluster, ...), `label` and/or `operator` with
            `value`}: e.g. {"type": "score", "kind": "rfm", "label": "at_risk"}.""";
    private final Segments segments;
    private final AnalyticsJobs jobs;

    SegmentController(Segments segments, AnalyticsJobs jobs) {
        this.segments = segments;
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "Every segment, by key")
    List<Map<String, Object>> list() {
        return segments.all().stream().map(SegmentJson::write).toList();
    }

    @PostMapping
    @Operation(summary = "Define a segment", description = BODY + " 201; 409 when the key is taken. Its tag is set by a refresh"
            + " (POST /{key}/refresh, or the `segments` job and its schedule). Audited.")
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        SegmentDefinition created = segments.create(SegmentJson.read(body, null));
        return ResponseEntity.created(URI.create("/api/v1/analytics/segments/" + created.key())).body(SegmentJson.write(created));
    }

    @PostMapping("/preview")
    @Operation(summary = "Count a segment's customers without saving it", description = BODY
            + " (`key` and names may be left out). Changes nothing (a `read` key may call it). Answers {\"customers\": n}.")
    Map<String, Object> preview(@RequestBody JsonNode body) {
        JsonNode complete = body;
        if (body instanceof ObjectNode object) {
            // A preview needs no key or names: stand-ins let the one reader check the rest.
            ObjectNode copy = object.deepCopy();
            for (String name : List.of("key", "nameFa", "nameEn")) {
                if (!copy.has(name)) {
                    copy.put(name, "draft");
                }
            }
            complete = copy;
        }
        return Map.of("customers", segments.preview(SegmentJson.read(complete, null)));
    }

    @GetMapping("/latest")
    @Operation(summary = "The latest successful `segments` job, with its result", description = "Declared here because"
            + " /{key} would otherwise take it from GET /api/v1/analytics/{kind}/latest; `latest` is not a segment key."
            + " 404 when no refresh has succeeded yet.")
    AnalyticsJob latest() {
        return jobs.latest(SegmentAnalysis.KIND)
                .orElseThrow(() -> new NotFoundException("a successful " + SegmentAnalysis.KIND + " analysis"));
    }

    @GetMapping("/{key}")
    @Operation(summary = "One segment, with its last refresh and size")
    Map<String, Object> get(@PathVariable String key) {
        return SegmentJson.write(segments.get(checked(key)));
    }

    @PutMapping("/{key}")
    @Operation(summary = "Replace a segment's names and conditions", description = BODY + " 404 for an unknown key. Audited.")
    Map<String, Object> replace(@PathVariable String key, @RequestBody JsonNode body) {
        return SegmentJson.write(segments.replace(SegmentJson.read(body, checked(key))));
    }

    @DeleteMapping("/{key}")
    @Operation(summary = "Delete a segment and take its tag from its customers", description = "Tags given by people or rules stay. Audited.")
    ResponseEntity<Void> delete(@PathVariable String key) {
        segments.delete(checked(key));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{key}/refresh")
    @Operation(summary = "Refresh a segment's tag now", description = """
            Queues a `segments` job for this segment (202 with the job; poll GET /api/v1/analytics/jobs/{id}). All segments
            are refreshed by the job without `keys`, on demand or on the schedule `hamsafar.analytics.schedule.segments`.""")
    ResponseEntity<AnalyticsJob> refresh(@PathVariable String key) {
        segments.get(checked(key));
        AnalyticsJob job = jobs.submit(SegmentAnalysis.KIND, JsonNodeFactory.instance.objectNode().set("keys",
                JsonNodeFactory.instance.arrayNode().add(key)), Actors.current());
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/jobs/" + job.id())).body(job);
    }

    private static String checked(String key) {
        if (!Keys.isKey(key)) {
            throw InvalidInputException.of("key", "must be a segment key");
        }
        return key;
    }
}
