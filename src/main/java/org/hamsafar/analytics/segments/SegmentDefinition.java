package org.hamsafar.analytics.segments;

import java.time.Instant;
import java.util.List;

/**
 * A segment: its key (also the customer tag its members carry), names, whether {@code all} or
 * {@code any} of its conditions must hold, the conditions, and (stored segments) who made and
 * changed it and its last refresh: when, and how many customers it had then.
 */
record SegmentDefinition(String key, String nameFa, String nameEn, boolean matchAll, List<SegmentCondition> conditions,
                         Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant refreshedAt, Long customers) {

    SegmentDefinition {
        conditions = List.copyOf(conditions);
    }

    /** A definition as written, not yet stored. */
    static SegmentDefinition draft(String key, String nameFa, String nameEn, boolean matchAll, List<SegmentCondition> conditions) {
        return new SegmentDefinition(key, nameFa, nameEn, matchAll, conditions, null, null, null, null, null, null);
    }

    /** The source its members' tags carry. */
    String tagSource() {
        return "segment:" + key;
    }
}
