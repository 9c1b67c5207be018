/**
 * Rule-based customer segments refreshed into customer tags.
 * {@link org.hamsafar.analytics.segments.SegmentProvisioning} is exposed so that the demo company can
 * define its segments.
 */
@org.springframework.modulith.NamedInterface("segments")
package org.hamsafar.analytics.segments;
