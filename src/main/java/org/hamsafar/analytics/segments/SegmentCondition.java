package org.hamsafar.analytics.segments;

import java.util.List;

/**
 * One rule of a segment, about a customer's attributes, behaviour, feedback or model outputs. The
 * JSON form names it by {@code type}: {@code attribute}, {@code birthYear}, {@code events},
 * {@code inactive}, {@code nps} or {@code score}.
 */
sealed interface SegmentCondition {

    /** The attribute (city, gender, custom.plan, ...) equals one of the values, ignoring case. */
    record Attribute(String attribute, List<String> values) implements SegmentCondition {
    }

    /** Born in {@code from..to}, both included. */
    record BirthYear(int from, int to) implements SegmentCondition {
    }

    /** At least {@code atLeast} events of {@code eventType} (null: any) in the last {@code withinDays} days. */
    record Events(String eventType, int withinDays, int atLeast) implements SegmentCondition {
    }

    /** Has events, but none in the last {@code days} days. */
    record Inactive(int days) implements SegmentCondition {
    }

    /** The customer's latest NPS answer (0..10) compared with {@code value}: {@code operator} is {@code <=} or {@code >=}. */
    record Nps(String operator, int value) implements SegmentCondition {
    }

    /**
     * A model's latest output for the customer (kind {@code churn}, {@code rfm}, {@code cluster}, ...):
     * its label equals {@code label}, or its score compared by {@code operator} ({@code <=}, {@code >=})
     * with {@code value}.
     */
    record Score(String kind, String label, String operator, Double value) implements SegmentCondition {
    }
}
