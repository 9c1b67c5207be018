package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.springframework.util.MultiValueMap;

/**
 * Reads the editor's cell forms and maps the facade's problems back onto them. A text lane is
 * edited as one item per line: blank lines are left out, and a problem on item {@code j} is shown
 * on the line it came from. Touchpoints are edited as rows of parallel fields ({@code channel},
 * {@code type}, {@code touchpoint}, {@code surveyId}, {@code label}); a row left entirely empty or
 * ticked in {@code remove} is left out, and a problem on touchpoint {@code j} is shown on its row.
 */
final class CellForms {
    private static final Pattern ITEM = Pattern.compile("stages\\[\\d+]\\.(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

    private CellForms() {
    }

    /** The items of a text lane and, for each, its line in the form (1-based). */
    record TextItems(List<String> items, List<Integer> lines) {
    }

    static TextItems items(String text) {
        List<String> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] split = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < split.length; i++) {
            if (!split[i].isBlank()) {
                items.add(split[i].strip());
                lines.add(i + 1);
            }
        }
        return new TextItems(items, lines);
    }

    /** The rows kept, as typed; the touchpoints they make (touchpoint j from row j); problems found reading row j. */
    record Rows(List<CellEdit.TouchpointRow> typed, List<StageTouchpoint> touchpoints, Map<Integer, List<FieldProblem>> own) {
    }

    static Rows rows(MultiValueMap<String, String> form) {
        List<String> channels = values(form, "channel");
        int n = Math.max(channels.size(), Math.max(values(form, "type").size(), Math.max(values(form, "touchpoint").size(),
                Math.max(values(form, "surveyId").size(), values(form, "label").size()))));
        Set<Integer> removed = new HashSet<>();
        for (String index : values(form, "remove")) {
            String latin = Digits.latin(index.strip());
            if (latin.matches("\\d{1,3}")) {
                removed.add(Integer.parseInt(latin));
            }
        }
        List<CellEdit.TouchpointRow> typed = new ArrayList<>();
        List<StageTouchpoint> touchpoints = new ArrayList<>();
        Map<Integer, List<FieldProblem>> own = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            CellEdit.TouchpointRow row = new CellEdit.TouchpointRow(at(form, "channel", i), at(form, "type", i), at(form, "touchpoint", i),
                    at(form, "surveyId", i), at(form, "label", i), List.of());
            if (row.isBlank() || removed.contains(i)) {
                continue;
            }
            Long survey = null;
            if (!row.surveyId().isBlank()) {
                String latin = Digits.latin(row.surveyId().strip());
                if (latin.matches("\\d{1,18}")) {
                    survey = Long.parseLong(latin);
                } else {
                    own.computeIfAbsent(typed.size(), k -> new ArrayList<>()).add(new FieldProblem("surveyId", "must be the id of a survey"));
                }
            }
            typed.add(row);
            touchpoints.add(new StageTouchpoint(blank(row.channel()), blank(row.type()), blank(row.touchpoint()), survey, blank(row.label())));
        }
        return new Rows(typed, touchpoints, own);
    }

    /**
     * Sorts the problems of a cell save: those on item {@code j} of {@code lane} go to {@code perItem}
     * (by item index), everything else to the returned list.
     */
    static List<FieldProblem> split(List<FieldProblem> problems, String lane, Map<Integer, List<FieldProblem>> perItem) {
        List<FieldProblem> general = new ArrayList<>();
        for (FieldProblem problem : problems) {
            Matcher m = ITEM.matcher(problem.field());
            if (m.matches() && m.group(1).equals(lane)) {
                perItem.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new ArrayList<>()).add(problem);
            } else {
                general.add(problem);
            }
        }
        return general;
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(MultiValueMap<String, String> form, String name, int index) {
        List<String> values = values(form, name);
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
