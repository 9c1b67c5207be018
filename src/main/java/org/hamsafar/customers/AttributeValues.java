package org.hamsafar.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A profile's attributes as one flat map from attribute name to text ("first_name", "interests",
 * "custom.segment", ...), so that upserts, merges, history and undo treat every attribute alike.
 * Tag lists are stored comma-joined; absent means empty.
 */
final class AttributeValues {
    static final List<String> SCALARS = List.of("first_name", "last_name", "birth_year", "gender", "city", "province",
            "country", "language", "occupation", "education", "income_band");
    static final List<String> TAGS = List.of("interests", "value_tags", "lifestyle_tags");
    static final String CUSTOM = "custom.";

    private final Map<String, String> values;

    private AttributeValues(Map<String, String> values) {
        this.values = values;
    }

    static AttributeValues of(CustomerAttributes a, Map<String, String> custom) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "first_name", a.firstName());
        put(values, "last_name", a.lastName());
        put(values, "birth_year", a.birthYear() == null ? null : a.birthYear().toString());
        put(values, "gender", a.gender());
        put(values, "city", a.city());
        put(values, "province", a.province());
        put(values, "country", a.country());
        put(values, "language", a.language());
        put(values, "occupation", a.occupation());
        put(values, "education", a.education());
        put(values, "income_band", a.incomeBand());
        put(values, "interests", String.join(",", a.interests()));
        put(values, "value_tags", String.join(",", a.valueTags()));
        put(values, "lifestyle_tags", String.join(",", a.lifestyleTags()));
        if (custom != null) {
            custom.forEach((key, value) -> put(values, CUSTOM + key, value));
        }
        return new AttributeValues(values);
    }

    static AttributeValues of(ProfileRow row) {
        return of(row.attributes(), row.custom());
    }

    static AttributeValues of(Map<String, String> values) {
        return new AttributeValues(new LinkedHashMap<>(values));
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }

    String get(String name) {
        return values.get(name);
    }

    Map<String, String> asMap() {
        return Map.copyOf(values);
    }

    /** These values, with every non-empty value of {@code newer} taking precedence. */
    AttributeValues overriddenBy(AttributeValues newer) {
        Map<String, String> result = new LinkedHashMap<>(values);
        result.putAll(newer.values);
        return new AttributeValues(result);
    }

    /** A copy with one attribute set (null or blank removes it). */
    AttributeValues with(String name, String value) {
        Map<String, String> result = new LinkedHashMap<>(values);
        result.remove(name);
        put(result, name, value);
        return new AttributeValues(result);
    }

    /** Tag lists joined without repeats: the survivor's tags first. */
    static String unionTags(String first, String second) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String list : new String[] {first, second}) {
            if (list != null && !list.isBlank()) {
                tags.addAll(Arrays.asList(list.split(",")));
            }
        }
        return tags.isEmpty() ? null : String.join(",", tags);
    }

    /** Names of attributes whose value differs between the two. */
    List<String> differencesFrom(AttributeValues other) {
        LinkedHashSet<String> names = new LinkedHashSet<>(values.keySet());
        names.addAll(other.values.keySet());
        List<String> different = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(values.get(name), other.values.get(name))) {
                different.add(name);
            }
        }
        return different;
    }

    java.util.Set<String> names() {
        return values.keySet();
    }

    CustomerAttributes attributes() {
        return new CustomerAttributes(values.get("first_name"), values.get("last_name"),
                values.containsKey("birth_year") ? Integer.valueOf(values.get("birth_year")) : null,
                values.get("gender"), values.get("city"), values.get("province"), values.get("country"),
                values.get("language"), values.get("occupation"), values.get("education"), values.get("income_band"),
                split(values.get("interests")), split(values.get("value_tags")), split(values.get("lifestyle_tags")));
    }

    Map<String, String> custom() {
        Map<String, String> custom = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(CUSTOM)) {
                custom.put(name.substring(CUSTOM.length()), value);
            }
        });
        return custom;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
