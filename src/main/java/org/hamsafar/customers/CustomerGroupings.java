package org.hamsafar.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SqlDialect;
import org.springframework.stereotype.Component;

/**
 * Groups customers for analyses that run in other modules' SQL (a funnel broken down by segment or
 * by city): each grouping is a {@link CustomerRelation} from customer to group value, written here
 * because the tables are this module's. Values are as stored now (current tags and attributes).
 */
@Component
public class CustomerGroupings {
    /** Attributes a grouping may use, by their API names, with their columns. */
    private static final Map<String, String> ATTRIBUTE_COLUMNS = attributeColumns();
    /** Prefix of custom attributes' names ({@code custom.plan}). */
    public static final String CUSTOM_PREFIX = "custom.";

    private final SqlDialect dialect;

    CustomerGroupings(SqlDialect dialect) {
        this.dialect = dialect;
    }

    private static Map<String, String> attributeColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("city", "city");
        columns.put("province", "province");
        columns.put("country", "country");
        columns.put("gender", "gender");
        columns.put("birthYear", "birth_year");
        columns.put("language", "language");
        columns.put("occupation", "occupation");
        columns.put("education", "education");
        columns.put("incomeBand", "income_band");
        return Map.copyOf(columns);
    }

    /** The built-in attributes a grouping may use, by API name, in a stable order. */
    public static List<String> attributes() {
        return List.of("city", "province", "country", "gender", "birthYear", "language", "occupation", "education", "incomeBand");
    }

    /** Whether {@code name} is a built-in attribute above or {@code custom.<name>} of a custom attribute. */
    public static boolean isGroupableAttribute(String name) {
        if (name == null) {
            return false;
        }
        if (name.startsWith(CUSTOM_PREFIX)) {
            return Keys.isCustomName(name.substring(CUSTOM_PREFIX.length()));
        }
        return ATTRIBUTE_COLUMNS.containsKey(name);
    }

    /**
     * Customers with each of {@code tags} they carry (a customer with two of them has two rows);
     * customers with none of them are not in the relation.
     */
    public CustomerRelation bySegments(List<String> tags) {
        if (tags.isEmpty() || !tags.stream().allMatch(Keys::isKey)) {
            throw new IllegalArgumentException("segments must be 1 or more keys");
        }
        return new CustomerRelation("SELECT t.customer_id, t.tag AS value FROM customer_tag t WHERE t.tag IN (:cg_tags)",
                Map.of("cg_tags", List.copyOf(tags)));
    }

    /**
     * Every live customer with the attribute's current value (NULL when not set or erased); see
     * {@link #isGroupableAttribute}.
     */
    public CustomerRelation byAttribute(String name) {
        if (!isGroupableAttribute(name)) {
            throw new IllegalArgumentException("not a groupable attribute: " + name);
        }
        String value = name.startsWith(CUSTOM_PREFIX)
                ? dialect.jsonFieldText("c.custom_attributes", name.substring(CUSTOM_PREFIX.length()))
                : "CAST(c." + ATTRIBUTE_COLUMNS.get(name) + " AS VARCHAR(100))";
        return new CustomerRelation("SELECT c.id AS customer_id, NULLIF(TRIM(" + value + "), '') AS value FROM customer c"
                + " WHERE c.merged_into IS NULL", Map.of());
    }
}
