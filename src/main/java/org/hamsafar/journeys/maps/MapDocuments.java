package org.hamsafar.journeys.maps;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON document a stored version holds: a {@link JourneyMapDraft} in the API's shape. Unknown
 * properties are skipped when reading, so that documents written by a later release still load.
 */
final class MapDocuments {
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private MapDocuments() {
    }

    static String write(JourneyMapDraft map) {
        return JSON.writeValueAsString(map);
    }

    static JourneyMapDraft read(String document) {
        return JSON.readValue(document, JourneyMapDraft.class);
    }

    static JsonMapper mapper() {
        return JSON;
    }
}
