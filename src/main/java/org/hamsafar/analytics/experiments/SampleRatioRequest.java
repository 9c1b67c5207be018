package org.hamsafar.analytics.experiments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads a sample-ratio check: {@code variants: [{name, visitors, weight}]}, 2 to 20, at least one visitor in all. */
final class SampleRatioRequest {
    private static final Set<String> FIELDS = Set.of("variants");
    private static final Set<String> VARIANT_FIELDS = Set.of("name", "visitors", "weight");

    private SampleRatioRequest() {
    }

    record Observed(List<String> names, long[] visitors, double[] weights) {
    }

    static Observed read(JsonNode body) {
        BodyFields fields = BodyFields.of(body, FIELDS);
        JsonNode list = fields.get("variants");
        List<String> names = new ArrayList<>();
        List<Long> visitors = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (list == null || !list.isArray() || list.size() < 2 || list.size() > ExperimentRequests.MAX_VARIANTS) {
            fields.problem("variants", "must be an array of 2 to " + ExperimentRequests.MAX_VARIANTS + " variants {name, visitors, weight}");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                BodyFields v = fields.nested(list.get(i), "variants[" + i + "]", VARIANT_FIELDS, "name, visitors and weight");
                if (v == null) {
                    continue;
                }
                String name = v.text("name", null, ExperimentRequests.MAX_NAME);
                if (name == null && !v.has("name")) {
                    v.problem("name", "is required");
                } else if (name != null && !seen.add(name)) {
                    v.problem("name", "must be unique: \"" + name + "\" appears twice");
                }
                Long n = v.whole("visitors", null, 0, Long.MAX_VALUE / 4);
                Double weight = v.decimal("weight", 1.0, 0, true, 1e9, false);
                if (name != null && n != null && weight != null) {
                    names.add(name);
                    visitors.add(n);
                    weights.add(weight);
                }
            }
            if (names.size() == list.size() && visitors.stream().mapToLong(Long::longValue).sum() == 0) {
                fields.problem("variants", "need at least one visitor in all");
            }
        }
        fields.throwIfAny();
        return new Observed(names, visitors.stream().mapToLong(Long::longValue).toArray(),
                weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
