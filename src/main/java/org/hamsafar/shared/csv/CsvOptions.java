package org.hamsafar.shared.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;

/**
 * How to read an import file: the delimiter, a mapping from the file's column names to the import's
 * fields ({@code map=csvColumn:field,csvColumn2:field2}; columns not mapped keep their own name), and
 * whether columns that are no field are ignored instead of refused.
 */
public record CsvOptions(char delimiter, Map<String, String> mapping, boolean ignoreUnknownColumns) {
    public CsvOptions {
        mapping = Map.copyOf(mapping);
    }

    /** Reads the query options; bad ones are an {@link InvalidInputException} naming the option. */
    public static CsvOptions parse(String delimiter, String map, boolean ignoreUnknownColumns) {
        List<FieldProblem> problems = new ArrayList<>();
        char separator = switch (delimiter == null || delimiter.isEmpty() ? "," : delimiter) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "tab", "\t" -> '\t';
            default -> {
                problems.add(new FieldProblem("delimiter", "must be , (the default), ; or tab"));
                yield ',';
            }
        };
        Map<String, String> mapping = new LinkedHashMap<>();
        if (map != null) {
            for (String pair : map.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                // Fields never contain ':', so the last one separates; a column name may hold one.
                int colon = pair.lastIndexOf(':');
                String column = colon < 0 ? "" : pair.substring(0, colon).strip();
                String field = colon < 0 ? "" : pair.substring(colon + 1).strip();
                if (column.isEmpty() || field.isEmpty()) {
                    problems.add(new FieldProblem("map", "'" + pair.strip() + "' must be csvColumn:field"));
                } else if (mapping.putIfAbsent(column, field) != null) {
                    problems.add(new FieldProblem("map", "maps column '" + column + "' more than once"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CsvOptions(separator, mapping, ignoreUnknownColumns);
    }
}
