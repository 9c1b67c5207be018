package org.hamsafar.analytics.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code segments} job: refreshes segments into customer tags, all of them or those named by
 * the parameter {@code keys}. Runs on demand and on the schedule
 * {@code hamsafar.analytics.schedule.segments}.
 */
@Component
class SegmentAnalysis implements Analysis {
    static final String KIND = "segments";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Segments segments;

    SegmentAnalysis(Segments segments) {
        this.segments = segments;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "segment-rules-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.propertyNames().forEach(name -> {
            if (!name.equals("keys")) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter; known: keys"));
            }
        });
        ObjectNode checked = JsonNodeFactory.instance.objectNode();
        JsonNode keys = parameters.get("keys");
        if (keys != null && !keys.isNull()) {
            if (!keys.isArray() || keys.isEmpty() || keys.size() > 100) {
                problems.add(new FieldProblem("parameters.keys", "must be an array of 1 to 100 segment keys, or left out for all"));
            } else {
                ArrayNode list = checked.putArray("keys");
                for (int i = 0; i < keys.size(); i++) {
                    if (!keys.get(i).isString() || !Keys.isKey(keys.get(i).asString())) {
                        problems.add(new FieldProblem("parameters.keys[" + i + "]", "must be a segment key"));
                    } else {
                        list.add(keys.get(i).asString());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        List<String> keys = new ArrayList<>();
        if (parameters.has("keys")) {
            parameters.get("keys").forEach(key -> keys.add(key.asString()));
        } else {
            segments.all().forEach(segment -> keys.add(segment.key()));
        }
        List<Map<String, Object>> refreshed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            progress.report((double) i / keys.size(), "refreshing segment " + keys.get(i));
            try {
                Segments.Refresh refresh = segments.refresh(keys.get(i));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", refresh.key());
                row.put("customers", refresh.customers());
                row.put("added", refresh.added());
                row.put("removed", refresh.removed());
                refreshed.add(row);
            } catch (org.hamsafar.shared.NotFoundException e) {
                missing.add(keys.get(i));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("segments", refreshed);
        result.put("missing", missing);
        progress.report(1, "done");
        return new AnalysisOutcome(JSON.valueToTree(result), null, null);
    }
}
