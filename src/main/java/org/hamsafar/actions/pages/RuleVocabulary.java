package org.hamsafar.actions.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The alert rules' field vocabulary (as {@code /api/v1/alert-rules/fields} describes it) for the
 * editor: which fields exist, which take a key after their prefix ({@code answer.<question key>}),
 * their type, operators and possible values.
 */
final class RuleVocabulary {
    /** Operators in the order the editor offers them, with the name of their label. */
    static final Map<String, String> OPERATOR_NAMES = operatorNames();
    private static final Pattern FIELD_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private final List<FieldSpec> fields;

    /**
     * One field: {@code name} is the full name, or the prefix ending in '.' when {@code keyed};
     * {@code subject} response, event, text or any; {@code type} number, label, key, set, any or count.
     */
    public record FieldSpec(String name, boolean keyed, String subject, String type, List<String> operators, List<String> values,
                            Double min, Double max, String description) {

        /** The message key of the field's label: dots become underscores ({@code rules.field.answer_nps}). */
        public String messageKey() {
            return "rules.field." + name.replace('.', '_');
        }

        /** The field as the API's vocabulary names it: {@code answer.<key>} for a keyed field. */
        public String label() {
            return keyed ? name + "<key>" : name;
        }
    }

    /** A condition's field read against the vocabulary: the spec and, for a keyed field, the key after its prefix. */
    record Resolved(FieldSpec spec, String key) {
    }

    RuleVocabulary(List<Map<String, Object>> described) {
        List<FieldSpec> read = new ArrayList<>();
        for (Map<String, Object> d : described) {
            String field = (String) d.get("field");
            boolean keyed = field.endsWith("<key>");
            read.add(new FieldSpec(keyed ? field.substring(0, field.length() - "<key>".length()) : field, keyed,
                    (String) d.get("subject"), (String) d.get("type"), strings(d.get("operators")), strings(d.get("values")),
                    number(d.get("min")), number(d.get("max")), (String) d.get("description")));
        }
        this.fields = List.copyOf(read);
    }

    List<FieldSpec> fields() {
        return fields;
    }

    Optional<FieldSpec> spec(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The field a condition names: a fixed name first, then the longest keyed prefix it starts with. */
    Optional<Resolved> resolve(String fullName) {
        if (fullName == null) {
            return Optional.empty();
        }
        for (FieldSpec f : fields) {
            if (!f.keyed() && f.name().equals(fullName)) {
                return Optional.of(new Resolved(f, null));
            }
        }
        FieldSpec best = null;
        for (FieldSpec f : fields) {
            if (f.keyed() && fullName.startsWith(f.name()) && FIELD_KEY.matcher(fullName.substring(f.name().length())).matches()
                    && (best == null || f.name().length() > best.name().length())) {
                best = f;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Resolved(best, fullName.substring(best.name().length())));
    }

    /** The vocabulary as the editor's script reads it: name to {keyed, type, operators, values}. */
    Map<String, Object> forScript() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldSpec f : fields) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("keyed", f.keyed());
            d.put("type", f.type());
            d.put("operators", f.operators());
            d.put("values", f.values());
            out.put(f.name(), d);
        }
        return out;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static Map<String, String> operatorNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("=", "eq");
        names.put("!=", "ne");
        names.put("<", "lt");
        names.put("<=", "le");
        names.put(">", "gt");
        names.put(">=", "ge");
        names.put("in", "in");
        names.put("not_in", "not_in");
        names.put("contains", "contains");
        names.put("not_contains", "not_contains");
        names.put("exists", "exists");
        names.put("not_exists", "not_exists");
        return names;
    }
}
