package org.hamsafar.journeys.maps;

import tools.jackson.databind.JsonNode;

/**
 * A map exported as a self-contained JSON document ({@code format: "hamsafar.journey-map"},
 * {@code formatVersion: 1}: the map with its stages, its persona embedded, the surveys its
 * touchpoints name) and the file name to offer it under.
 */
public record JourneyMapExport(String fileName, JsonNode document) {
    public static final String FORMAT = "hamsafar.journey-map";
    public static final int FORMAT_VERSION = 1;
}
