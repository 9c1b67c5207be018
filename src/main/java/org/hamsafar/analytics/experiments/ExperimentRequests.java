package org.hamsafar.analytics.experiments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the bodies of the experiment calculators, naming every bad field at once (422). Shared
 * rules: 2 to {@link #MAX_VARIANTS} variants with unique names; {@code control} names one of them
 * (default the first); {@code confidence} from 0.5 to 0.9999 (default 0.95); {@code alternative}
 * two-sided (default), greater or less (the variant's rate or mean above, or below, the control's);
 * each variant's {@code weight}, its planned share of visitors for the sample-ratio check, is
 * positive (default 1: an even split).
 */
final class ExperimentRequests {
    static final int MAX_VARIANTS = 20;
    static final int MAX_NAME = 64;
    static final int MAX_VALUES = 100_000;
    private static final Set<String> COMPARISON_FIELDS = Set.of("variants", "control", "confidence", "alternative");
    private static final Set<String> COUNTED_FIELDS = Set.of("name", "visitors", "conversions", "weight");
    private static final Set<String> MEASURED_FIELDS = Set.of("name", "n", "mean", "sd", "values", "weight");

    private ExperimentRequests() {
    }

    /** How variants are compared: the control's index, the confidence and the alternative. */
    record Settings(int control, double confidence, Alternative alternative) {
    }

    record Proportions(List<CountedVariant> variants, Settings settings) {
    }

    record Means(List<MeasuredVariant> variants, Settings settings) {
    }

    static Proportions proportions(JsonNode body) {
        BodyFields fields = BodyFields.of(body, COMPARISON_FIELDS);
        List<CountedVariant> variants = new ArrayList<>();
        JsonNode list = variantList(fields, "{name, visitors, conversions}");
        for (int i = 0; list != null && i < list.size(); i++) {
            BodyFields v = fields.nested(list.get(i), "variants[" + i + "]", COUNTED_FIELDS, "name, visitors and conversions");
            if (v == null) {
                continue;
            }
            String name = v.text("name", null, MAX_NAME);
            if (name == null && !v.has("name")) {
                v.problem("name", "is required");
            }
            Long visitors = v.whole("visitors", null, 1, Long.MAX_VALUE / 4);
            Long conversions = v.whole("conversions", null, 0, Long.MAX_VALUE / 4);
            Double weight = v.decimal("weight", 1.0, 0, true, 1e9, false);
            if (visitors != null && conversions != null && conversions > visitors) {
                v.problem("conversions", "must be at most visitors (" + visitors + ")");
            }
            if (name != null && visitors != null && conversions != null && weight != null) {
                variants.add(new CountedVariant(name, visitors, conversions, weight));
            }
        }
        Settings settings = settings(fields, variants.stream().map(CountedVariant::name).toList(), list);
        fields.throwIfAny();
        return new Proportions(variants, settings);
    }

    static Means means(JsonNode body) {
        BodyFields fields = BodyFields.of(body, COMPARISON_FIELDS);
        List<MeasuredVariant> variants = new ArrayList<>();
        JsonNode list = variantList(fields, "{name, n, mean, sd} or {name, values}");
        for (int i = 0; list != null && i < list.size(); i++) {
            BodyFields v = fields.nested(list.get(i), "variants[" + i + "]", MEASURED_FIELDS, "name and n, mean, sd, or values");
            if (v == null) {
                continue;
            }
            MeasuredVariant variant = measured(v);
            if (variant != null) {
                variants.add(variant);
            }
        }
        Settings settings = settings(fields, variants.stream().map(MeasuredVariant::name).toList(), list);
        fields.throwIfAny();
        return new Means(variants, settings);
    }

    private static MeasuredVariant measured(BodyFields v) {
        int before = v.problemCount();
        String name = v.text("name", null, MAX_NAME);
        if (name == null && !v.has("name")) {
            v.problem("name", "is required");
        }
        Double weight = v.decimal("weight", 1.0, 0, true, 1e9, false);
        if (v.has("values")) {
            if (v.has("n") || v.has("mean") || v.has("sd")) {
                v.problem("values", "give either values or n, mean and sd, not both");
                return null;
            }
            double[] values = values(v);
            if (values == null || v.problemCount() > before) {
                return null;
            }
            WelchTest.Sample sample = WelchTest.summarise(values);
            return new MeasuredVariant(name, sample.n(), sample.mean(), sample.sd(), weight);
        }
        Long n = v.whole("n", null, 2, Long.MAX_VALUE / 4);
        Double mean = v.decimal("mean", null, -1e300, false, 1e300, false);
        Double sd = v.decimal("sd", null, 0, false, 1e300, false);
        if (v.problemCount() > before) {
            return null;
        }
        return new MeasuredVariant(name, n, mean, sd, weight);
    }

    private static double[] values(BodyFields v) {
        JsonNode node = v.get("values");
        if (!node.isArray() || node.size() < 2 || node.size() > MAX_VALUES) {
            v.problem("values", "must be an array of 2 to " + MAX_VALUES + " numbers");
            return null;
        }
        double[] values = new double[node.size()];
        for (int j = 0; j < node.size(); j++) {
            JsonNode x = node.get(j);
            if (!x.isNumber() || !Double.isFinite(x.doubleValue())) {
                v.problem("values[" + j + "]", "must be a number");
                return null;
            }
            values[j] = x.doubleValue();
        }
        return values;
    }

    private static JsonNode variantList(BodyFields fields, String shape) {
        JsonNode list = fields.get("variants");
        if (list == null || list.isNull()) {
            fields.problem("variants", "is required: 2 to " + MAX_VARIANTS + " variants " + shape);
            return null;
        }
        if (!list.isArray() || list.size() < 2 || list.size() > MAX_VARIANTS) {
            fields.problem("variants", "must be an array of 2 to " + MAX_VARIANTS + " variants " + shape);
            return null;
        }
        return list;
    }

    private static Settings settings(BodyFields fields, List<String> names, JsonNode list) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                fields.problem("variants", "names must be unique: \"" + names.get(i) + "\" appears twice");
            }
        }
        double confidence = orElse(fields.decimal("confidence", 0.95, 0.5, false, 0.9999, false), 0.95);
        Alternative alternative = alternative(fields);
        int control = 0;
        String controlName = fields.text("control", null, MAX_NAME);
        if (controlName != null && list != null && names.size() == list.size()) {
            control = names.indexOf(controlName);
            if (control < 0) {
                fields.problem("control", "must be the name of one of the variants");
                control = 0;
            }
        }
        return new Settings(control, confidence, alternative);
    }

    static Alternative alternative(BodyFields fields) {
        String text = fields.text("alternative", "two-sided", 16);
        if (text == null) {
            return Alternative.TWO_SIDED;
        }
        Alternative alternative = Alternative.fromKey(text).orElse(null);
        if (alternative == null) {
            fields.problem("alternative", "must be two-sided, greater or less");
            return Alternative.TWO_SIDED;
        }
        return alternative;
    }

    private static double orElse(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
