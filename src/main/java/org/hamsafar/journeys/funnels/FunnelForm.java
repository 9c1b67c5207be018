package org.hamsafar.journeys.funnels;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.events.InteractionFunnels;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The funnel page's GET form, which is also its bookmarkable URL: per step row i {@code type<i>},
 * {@code channel<i>}, {@code touchpoint<i>}, {@code optional<i>} and property pairs
 * {@code pk<i>_<j>} / {@code pv<i>_<j>}; then {@code window}, {@code from}, {@code to} (dates, the
 * end included), {@code by}, {@code segments} (comma-separated tags), {@code attribute},
 * {@code rows} (how many step rows to show), and the buttons {@code add} (one more row) and
 * {@code remove} (the row to take out). Rows left empty are skipped, so the funnel's steps
 * are the filled rows in order. Problems of the API's validation are put next to their fields.
 */
public final class FunnelForm {
    /** Property pairs per step row on the page. */
    static final int PROPERTY_ROWS = 3;
    static final int DEFAULT_ROWS = 3;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");
    private static final Pattern STEP_PATH = Pattern.compile("steps\\[(\\d+)](?:\\.(type|channel|touchpoint|optional|properties)(?:\\.(.+))?)?");

    /** One step row as typed. */
    public record Row(int index, String type, String channel, String touchpoint, boolean optional, List<String[]> properties) {
        public boolean blank() {
            return type.isEmpty() && channel.isEmpty() && touchpoint.isEmpty()
                    && properties.stream().allMatch(p -> p[0].isEmpty() && p[1].isEmpty());
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final String window;
    private final String from;
    private final String to;
    private final String by;
    private final String segments;
    private final String attribute;
    private final boolean submitted;
    /** Problems by form field name ({@code type2}, {@code pv1_0}, {@code window}, ...); "steps" for the steps as a whole. */
    private final Map<String, FieldProblem> errors = new LinkedHashMap<>();
    /** For each step sent to the API, the row it came from. */
    private final List<Integer> rowOfStep = new ArrayList<>();

    private FunnelForm(Map<String, String> params) {
        int filled = 0;
        for (int i = 0; i < InteractionFunnels.MAX_STEPS; i++) {
            List<String[]> properties = new ArrayList<>();
            for (int j = 0; j < PROPERTY_ROWS; j++) {
                properties.add(new String[] {value(params, "pk" + i + "_" + j), value(params, "pv" + i + "_" + j)});
            }
            Row row = new Row(i, value(params, "type" + i), value(params, "channel" + i), value(params, "touchpoint" + i),
                    !value(params, "optional" + i).isEmpty(), properties);
            rows.add(row);
            if (!row.blank()) {
                filled = i + 1;
            }
        }
        String remove = value(params, "remove");
        boolean removed = false;
        if (remove.matches("\\d{1,2}") && Integer.parseInt(remove) < rows.size()) {
            // The row's own remove button: later rows move up one place.
            rows.remove(Integer.parseInt(remove));
            removed = true;
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                rows.set(i, new Row(i, row.type(), row.channel(), row.touchpoint(), row.optional(), row.properties()));
            }
            filled = 0;
            for (Row row : rows) {
                if (!row.blank()) {
                    filled = row.index() + 1;
                }
            }
        }
        int shown = DEFAULT_ROWS;
        String requested = value(params, "rows");
        if (requested.matches("\\d{1,2}")) {
            shown = Integer.parseInt(requested);
        }
        // The "add a step" button sends add=1; a row's remove button sends remove=<row>.
        shown += (value(params, "add").isEmpty() ? 0 : 1) - (removed ? 1 : 0);
        shown = Math.max(2, Math.min(rows.size(), Math.max(shown, filled)));
        rows.subList(shown, rows.size()).clear();
        window = value(params, "window");
        from = value(params, "from");
        to = value(params, "to");
        by = value(params, "by");
        segments = value(params, "segments");
        attribute = value(params, "attribute");
        submitted = filled > 0;
    }

    static FunnelForm of(Map<String, String> params) {
        return new FunnelForm(params);
    }

    private static String value(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value.strip();
    }

    /** Whether any step was filled in: only then is there a funnel to count. */
    public boolean submitted() {
        return submitted;
    }

    public List<Row> rows() {
        return rows;
    }

    public String window() {
        return window;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String by() {
        return by;
    }

    public String segments() {
        return segments;
    }

    public String attribute() {
        return attribute;
    }

    public Map<String, FieldProblem> errors() {
        return errors;
    }

    /** The row a step of the funnel (index among filled rows) came from. */
    int rowOf(int step) {
        return rowOfStep.get(step);
    }

    void problem(String field, String message) {
        errors.putIfAbsent(field, new FieldProblem(field, message));
    }

    /**
     * The API body for the filled rows; {@code fromIso} and {@code toIso} are the period already
     * read from the date fields (null: the API's default).
     */
    ObjectNode body(String fromIso, String toIso) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode body = nodes.objectNode();
        ArrayNode steps = body.putArray("steps");
        rowOfStep.clear();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            ObjectNode step = steps.addObject();
            putIfPresent(step, "type", row.type());
            putIfPresent(step, "channel", row.channel());
            putIfPresent(step, "touchpoint", row.touchpoint());
            if (row.optional()) {
                step.put("optional", true);
            }
            ObjectNode properties = nodes.objectNode();
            for (int j = 0; j < row.properties().size(); j++) {
                String key = row.properties().get(j)[0];
                String value = row.properties().get(j)[1];
                if (key.isEmpty() && value.isEmpty()) {
                    continue;
                }
                if (key.isEmpty()) {
                    problem("pk" + row.index() + "_" + j, "is required with a value");
                } else if (value.isEmpty()) {
                    problem("pv" + row.index() + "_" + j, "is required with a property name");
                } else {
                    typed(properties, key, value);
                }
            }
            if (!properties.isEmpty()) {
                step.set("properties", properties);
            }
            rowOfStep.add(row.index());
        }
        putIfPresent(body, "window", window);
        putIfPresent(body, "from", fromIso);
        putIfPresent(body, "to", toIso);
        if (!by.isEmpty()) {
            ObjectNode breakdown = body.putObject("breakdown");
            breakdown.put("by", by);
            if (FunnelBreakdown.SEGMENT.equals(by)) {
                ArrayNode tags = breakdown.putArray("segments");
                for (String tag : segments.split("[,،\\s]+")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.strip());
                    }
                }
            } else if (FunnelBreakdown.ATTRIBUTE.equals(by)) {
                breakdown.put("key", attribute);
            }
        }
        return body;
    }

    /** true/false are booleans, plain numbers are numbers, text in double quotes is text as it is, anything else text. */
    private static void typed(ObjectNode properties, String key, String value) {
        String latin = Digits.latin(value);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            properties.put(key, value.substring(1, value.length() - 1));
        } else if (latin.equals("true") || latin.equals("false")) {
            properties.put(key, Boolean.parseBoolean(latin));
        } else if (NUMBER.matcher(latin).matches()) {
            properties.put(key, new BigDecimal(latin));
        } else {
            properties.put(key, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** Puts each of the API's problems next to the form field it names. */
    void place(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            problem(field(problem.field()), problem.message());
        }
    }

    private String field(String path) {
        Matcher step = STEP_PATH.matcher(path);
        if (step.matches()) {
            int index = Integer.parseInt(step.group(1));
            int row = index < rowOfStep.size() ? rowOfStep.get(index) : index;
            String part = step.group(2);
            if (part == null) {
                return "type" + row;
            }
            if (part.equals("properties")) {
                return propertyField(row, step.group(3));
            }
            return part + row;
        }
        if (path.startsWith("breakdown.segments")) {
            return "segments";
        }
        if (path.startsWith("breakdown.key")) {
            return "attribute";
        }
        if (path.startsWith("breakdown")) {
            return "by";
        }
        return path;
    }

    /** The value field of the named property's pair, or the row's first key field. */
    private String propertyField(int row, String name) {
        if (name != null) {
            List<String[]> pairs = rows.get(row).properties();
            for (int j = 0; j < pairs.size(); j++) {
                if (pairs.get(j)[0].equals(name)) {
                    return (name.matches("[a-z][a-z0-9_.-]{0,63}") ? "pv" : "pk") + row + "_" + j;
                }
            }
        }
        return "pk" + row + "_0";
    }

    /** This form's non-empty fields as a query string (no leading '?'), for bookmarks and download links. */
    String query() {
        StringJoiner uri = new StringJoiner("&");
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            int i = row.index();
            param(uri, "type" + i, row.type());
            param(uri, "channel" + i, row.channel());
            param(uri, "touchpoint" + i, row.touchpoint());
            if (row.optional()) {
                param(uri, "optional" + i, "on");
            }
            for (int j = 0; j < row.properties().size(); j++) {
                param(uri, "pk" + i + "_" + j, row.properties().get(j)[0]);
                param(uri, "pv" + i + "_" + j, row.properties().get(j)[1]);
            }
        }
        param(uri, "window", window);
        param(uri, "from", from);
        param(uri, "to", to);
        param(uri, "by", by);
        param(uri, "segments", FunnelBreakdown.SEGMENT.equals(by) ? segments : "");
        param(uri, "attribute", FunnelBreakdown.ATTRIBUTE.equals(by) ? attribute : "");
        return uri.toString();
    }

    private static void param(StringJoiner uri, String name, String value) {
        if (value != null && !value.isEmpty()) {
            uri.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
