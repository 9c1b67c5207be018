package org.hamsafar.analytics.experiments;

/** A variant's visitors and how many converted; {@code weight} is its planned share of visitors (any scale). */
record CountedVariant(String name, long visitors, long conversions, double weight) {
}
