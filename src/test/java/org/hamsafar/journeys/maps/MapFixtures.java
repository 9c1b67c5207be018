package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders of journey map JSON for the API tests. */
final class MapFixtures {
    private MapFixtures() {
    }

    static Map<String, Object> map(String name, String type, List<Map<String, Object>> stages) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("type", type);
        map.put("goal", "Buy what I need without friction");
        map.put("scope", "Web and app, from first visit to delivery");
        map.put("stages", new ArrayList<>(stages));
        return map;
    }

    static Map<String, Object> stage(String id, String name, Object... lanes) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("id", id);
        stage.put("name", name);
        for (int i = 0; i < lanes.length; i += 2) {
            stage.put((String) lanes[i], lanes[i + 1]);
        }
        return stage;
    }

    static Map<String, Object> touchpoint(String channel, String type, String touchpoint) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("channel", channel);
        if (type != null) {
            t.put("type", type);
        }
        if (touchpoint != null) {
            t.put("touchpoint", touchpoint);
        }
        return t;
    }
}
