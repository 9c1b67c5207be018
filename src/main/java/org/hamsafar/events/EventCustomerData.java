package org.hamsafar.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.CustomerFactsSource;
import org.hamsafar.customers.ErasureMode;
import org.hamsafar.customers.TimelineEntry;
import org.hamsafar.customers.TimelineSource;
import org.hamsafar.customers.TimelineWindow;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events module's part of the customer 360: events follow their customer through merges and
 * undone merges, appear on the timeline, feed the profile's facts, are exported and erased.
 */
@Component
class EventCustomerData implements CustomerDataHolder, CustomerFactsSource, TimelineSource {
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private final EventRepository events;
    private final JsonMapper json;

    EventCustomerData(EventRepository events, JsonMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    public String name() {
        return "event";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        events.moveAll(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        events.moveBySource(survivorId, restoredId, sourceIdentities);
    }

    @Override
    public Object exportFor(long customerId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EventRepository.StoredEvent e : events.allOf(customerId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("clientId", e.clientId());
            row.put("type", e.type());
            row.put("channel", e.channel());
            row.put("touchpoint", e.touchpoint());
            row.put("occurredAt", e.occurredAt());
            row.put("receivedAt", e.receivedAt());
            row.put("sessionId", e.sessionId());
            row.put("value", e.value() == null ? null : e.value().toPlainString());
            row.put("currency", e.currency());
            row.put("text", e.text());
            row.put("properties", properties(e.properties()));
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        if (mode == ErasureMode.DELETE) {
            events.deleteAll(customerId);
        } else {
            events.anonymise(customerId);
        }
    }

    @Override
    public Map<String, Object> factsOf(long customerId) {
        return events.facts(customerId);
    }

    @Override
    public List<TimelineEntry> newestFirst(long customerId, TimelineWindow window) {
        return events.newestFirst(customerId, window)
                .stream()
                .map(e -> new TimelineEntry(name(), e.id().toString(), e.occurredAt(), e.channel(), e.type(), e.touchpoint(),
                        e.value(), e.currency(), e.text(), details(e)))
                .toList();
    }

    private Map<String, Object> details(EventRepository.StoredEvent e) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (e.clientId() != null) {
            details.put("clientId", e.clientId());
        }
        if (e.sessionId() != null) {
            details.put("sessionId", e.sessionId());
        }
        Map<String, Object> properties = properties(e.properties());
        if (!properties.isEmpty()) {
            details.put("properties", properties);
        }
        return details;
    }

    private Map<String, Object> properties(String stored) {
        return stored == null ? Map.of() : json.readValue(stored, OBJECT);
    }
}
