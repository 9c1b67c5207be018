package org.hamsafar.journeys.maps;

/**
 * One lane of a map type, in display order: its {@code key} (the stage property that holds it), its
 * {@code kind}, its {@code section}, and {@code lineAfter}: the blueprint line drawn below this lane,
 * or null.
 */
public record JourneyLane(String key, LaneKind kind, LaneSection section, BlueprintLine lineAfter) {
}
