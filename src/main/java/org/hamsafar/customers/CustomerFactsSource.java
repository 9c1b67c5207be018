package org.hamsafar.customers;

import java.util.Map;

/** A module that computes facts about a customer (first seen, last NPS, open cases, ...) for the 360 view. */
public interface CustomerFactsSource {
    /** Facts under JSON-ready keys, e.g. {"firstSeen": ..., "interactions": 12}. */
    Map<String, Object> factsOf(long customerId);
}
