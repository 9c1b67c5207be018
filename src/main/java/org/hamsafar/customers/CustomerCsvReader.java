package org.hamsafar.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.csv.CsvColumns;
import org.hamsafar.shared.csv.CsvRows;

/**
 * Turns a row of a customers CSV into the request PUT /api/v1/customers takes, so that
 * {@link CustomerUpsertValidator} judges imported customers exactly like sent ones. Empty cells are
 * absent (an update leaves those attributes as they are); interests, values and lifestyle are lists
 * separated by {@code |}; {@code custom.<key>} columns are custom attributes; a
 * {@code consent.<channel>.<purpose>} column holds true/false (or yes/no, 1/0), given now.
 */
final class CustomerCsvReader {
    static final String CUSTOM = "custom.";
    static final String CONSENT = "consent.";
    private static final List<String> FIELDS = List.of("externalId", "email", "phone", "anonymousId", "firstName", "lastName",
            "birthYear", "gender", "city", "province", "country", "language", "occupation", "education", "incomeBand",
            "interests", "values", "lifestyle");
    private static final Map<String, String> BY_LOWER_CASE = FIELDS.stream()
            .collect(Collectors.toMap(f -> f.toLowerCase(Locale.ROOT), Function.identity()));

    /** The columns a customers file may have: the fields (in any letter case), custom.&lt;key&gt; and consent.&lt;channel&gt;.&lt;purpose&gt;. */
    static final CsvColumns.Catalog CATALOG = new CsvColumns.Catalog() {
        @Override
        public String field(String name) {
            if (startsWith(name, CUSTOM)) {
                String key = name.substring(CUSTOM.length());
                return Keys.isCustomName(key) ? CUSTOM + key : null;
            }
            if (startsWith(name, CONSENT)) {
                return consentField(name.substring(CONSENT.length()));
            }
            return BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String whyNot(String name) {
            if (startsWith(name, CUSTOM)) {
                return "a custom column is custom.<key>, the key a letter then up to 63 letters, digits, '_', '.' or '-'";
            }
            if (startsWith(name, CONSENT)) {
                return "a consent column is consent.<channel>.<purpose>, the channel one of web, app, email, sms, phone, chat, "
                        + "social, store, other and the purpose a key such as marketing";
            }
            return null;
        }

        @Override
        public String known() {
            return String.join(", ", FIELDS) + ", custom.<key>, consent.<channel>.<purpose>";
        }
    };

    private final CsvColumns columns;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<CsvColumns.Column> custom = new ArrayList<>();
    private final List<CsvColumns.Column> consent = new ArrayList<>();

    CustomerCsvReader(CsvColumns columns) {
        this.columns = columns;
        for (CsvColumns.Column column : columns.columns()) {
            if (column.field().startsWith(CUSTOM)) {
                custom.add(column);
            } else if (column.field().startsWith(CONSENT)) {
                consent.add(column);
            } else {
                indexOf.put(column.field(), column.index());
            }
        }
    }

    /** A row as an upsert request, with the field of each of its consent entries (for naming problems). */
    record Parsed(CustomerUpsertRequest request, List<String> consentFields) {
    }

    /** The row's request; problems the validator cannot see (a birth year that is no number, ...) go to {@code problems}. */
    Parsed read(CsvRows.Row row, String source, List<FieldProblem> problems) {
        FieldProblem extra = columns.extraValues(row);
        if (extra != null) {
            problems.add(extra);
        }
        CustomerUpsertRequest.Identities identities = new CustomerUpsertRequest.Identities(
                text(row, "externalId"), text(row, "email"), text(row, "phone"), text(row, "anonymousId"));
        Map<String, String> customValues = new LinkedHashMap<>();
        for (CsvColumns.Column column : custom) {
            String value = strip(row.cell(column.index()));
            if (value != null) {
                customValues.put(column.field().substring(CUSTOM.length()), value);
            }
        }
        CustomerUpsertRequest.Attributes attributes = new CustomerUpsertRequest.Attributes(text(row, "firstName"),
                text(row, "lastName"), birthYear(row, problems), text(row, "gender"), text(row, "city"), text(row, "province"),
                text(row, "country"), text(row, "language"), text(row, "occupation"), text(row, "education"),
                text(row, "incomeBand"), customValues.isEmpty() ? null : customValues);
        CustomerUpsertRequest.Psychographics psychographics = new CustomerUpsertRequest.Psychographics(
                tags(row, "interests"), tags(row, "values"), tags(row, "lifestyle"));
        List<CustomerUpsertRequest.Consent> consents = new ArrayList<>();
        List<String> consentFields = new ArrayList<>();
        for (CsvColumns.Column column : consent) {
            String value = strip(row.cell(column.index()));
            if (value == null) {
                continue;
            }
            Boolean granted = granted(value);
            if (granted == null) {
                problems.add(new FieldProblem(column.header(), "must be true, false, yes, no, 1 or 0"));
                continue;
            }
            String[] channelAndPurpose = column.field().substring(CONSENT.length()).split("\\.", 2);
            consents.add(new CustomerUpsertRequest.Consent(channelAndPurpose[0], channelAndPurpose[1], granted, null, null));
            consentFields.add(column.field());
        }
        return new Parsed(new CustomerUpsertRequest(identities, attributes, psychographics, consents, source), consentFields);
    }

    /** The validator's field names as the file names them: identities.email is the email column, and so on. */
    List<FieldProblem> rename(List<FieldProblem> problems, List<String> consentFields) {
        List<FieldProblem> renamed = new ArrayList<>(problems.size());
        for (FieldProblem problem : problems) {
            renamed.add(new FieldProblem(columns.nameOf(fieldOf(problem.field(), consentFields)), problem.message()));
        }
        return renamed;
    }

    private static String fieldOf(String validatorField, List<String> consentFields) {
        String field = validatorField;
        if (field.startsWith("identities.")) {
            return field.substring("identities.".length());
        }
        if (field.startsWith("attributes.custom.")) {
            return CUSTOM + field.substring("attributes.custom.".length());
        }
        if (field.startsWith("attributes.")) {
            return field.substring("attributes.".length());
        }
        if (field.startsWith("psychographics.")) {
            String list = field.substring("psychographics.".length());
            int bracket = list.indexOf('[');
            return bracket < 0 ? list : list.substring(0, bracket);
        }
        if (field.startsWith("consent[")) {
            int end = field.indexOf(']');
            try {
                int index = Integer.parseInt(field.substring("consent[".length(), end));
                return index < consentFields.size() ? consentFields.get(index) : "consent";
            } catch (RuntimeException e) {
                return "consent";
            }
        }
        return field;
    }

    private String text(CsvRows.Row row, String field) {
        Integer index = indexOf.get(field);
        return index == null ? null : strip(row.cell(index));
    }

    private Integer birthYear(CsvRows.Row row, List<FieldProblem> problems) {
        String value = text(row, "birthYear");
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(Digits.latin(value));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(columns.nameOf("birthYear"), "must be a year such as 1985"));
            return null;
        }
    }

    private List<String> tags(CsvRows.Row row, String field) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        List<String> tags = Arrays.stream(value.split("\\|")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return tags.isEmpty() ? null : tags;
    }

    private static Boolean granted(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String strip(String cell) {
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    private static boolean startsWith(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static String consentField(String channelAndPurpose) {
        int dot = channelAndPurpose.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        return Channel.fromKey(channelAndPurpose.substring(0, dot).toLowerCase(Locale.ROOT))
                .filter(channel -> Keys.isKey(channelAndPurpose.substring(dot + 1)))
                .map(channel -> CONSENT + channel.key() + "." + channelAndPurpose.substring(dot + 1))
                .orElse(null);
    }
}
