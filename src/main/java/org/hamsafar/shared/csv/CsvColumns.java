package org.hamsafar.shared.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;

/**
 * Which import field each column of a file holds: its header name, or what {@code map} renames it
 * to. Resolved once from the header, before any row is stored, so that a file with a column that is
 * no field (and no {@code ignoreUnknownColumns}) is refused whole.
 */
public final class CsvColumns {
    /** The fields of one kind of import. */
    public interface Catalog {
        /** The field a column name stands for, in its canonical spelling, or null when it is none. */
        String field(String name);

        /** Why a name that is no field cannot be one, when it looks like a field but is malformed; else null. */
        default String whyNot(String name) {
            return null;
        }

        /** The fields, for messages. */
        String known();
    }

    /** A column that is imported: its position, its name in the file and the field it holds. */
    public record Column(int index, String header, String field) {
    }

    private final List<Column> columns;
    private final int width;
    private final Map<String, String> headerOfField;

    private CsvColumns(List<Column> columns, int width, Map<String, String> headerOfField) {
        this.columns = List.copyOf(columns);
        this.width = width;
        this.headerOfField = headerOfField;
    }

    /** The columns of {@code header}; an {@link InvalidInputException} lists every column that cannot be imported. */
    public static CsvColumns resolve(List<String> header, CsvOptions options, Catalog catalog) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>(header);
        Map<String, String> targets = new LinkedHashMap<>();
        options.mapping().forEach((column, target) -> {
            if (!names.contains(column)) {
                problems.add(new FieldProblem("map", "names column '" + column + "', which is not in the header"));
            }
            String field = catalog.field(target);
            if (field == null) {
                String why = catalog.whyNot(target);
                problems.add(new FieldProblem("map", "maps column '" + column + "' to '" + target + "', which is not a field"
                        + (why == null ? " (fields: " + catalog.known() + ")" : ": " + why)));
            } else {
                targets.put(column, field);
            }
        });
        List<Column> columns = new ArrayList<>();
        Map<String, String> headerOfField = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String field = options.mapping().containsKey(name) ? targets.get(name) : catalog.field(name);
            if (field == null) {
                if (!options.mapping().containsKey(name) && !options.ignoreUnknownColumns()) {
                    problems.add(unknown(name, i, catalog));
                }
                continue;
            }
            String earlier = headerOfField.putIfAbsent(field, name);
            if (earlier != null) {
                problems.add(new FieldProblem(name, "holds the same field (" + field + ") as column '" + earlier + "'"));
                continue;
            }
            columns.add(new Column(i, name, field));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CsvColumns(columns, header.size(), headerOfField);
    }

    private static FieldProblem unknown(String name, int index, Catalog catalog) {
        String skip = " or pass ignoreUnknownColumns=true";
        if (name.isEmpty()) {
            return new FieldProblem("column " + (index + 1), "has no name: name it" + skip);
        }
        String why = catalog.whyNot(name);
        return new FieldProblem(name, why != null ? why + "; rename it" + skip
                : "unknown column: not a field of this import (" + catalog.known() + "); rename it with map="
                        + name + ":<field>" + skip);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The name the file gives a field (the header of its column), or the field itself when no column holds it. */
    public String nameOf(String field) {
        return headerOfField.getOrDefault(field, field);
    }

    /** A problem when the row has values beyond the header's columns, else null. */
    public FieldProblem extraValues(CsvRows.Row row) {
        List<String> cells = row.cells();
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return new FieldProblem("row", "has " + cells.size() + " values but the header has " + width + " columns");
            }
        }
        return null;
    }
}
