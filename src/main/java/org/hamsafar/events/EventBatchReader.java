package org.hamsafar.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.web.JacksonMessages;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body of events: one JSON object, a JSON array of objects, or NDJSON (one object
 * per line). Stops reading beyond the batch limit. Numbers are read exactly (no binary floating
 * point), so that money keeps its decimals.
 */
@Component
class EventBatchReader {
    static final int MAX_EVENTS = 10_000;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One item of the body: its JSON, or why its line could not be read (NDJSON only). */
    record Item(JsonNode node, String unreadable) {
    }

    /** The body has more than {@link #MAX_EVENTS} items. */
    static final class TooManyEvents extends RuntimeException {
        TooManyEvents() {
            super("A request may carry at most " + MAX_EVENTS + " events; split the batch.");
        }
    }

    /** The body is not JSON at all (JSON bodies only: NDJSON lines fail one by one). */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    List<Item> readJson(InputStream body) {
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = json.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                items.add(new Item(parser.readValueAsTree(), null));
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (items.size() == MAX_EVENTS) {
                        throw new TooManyEvents();
                    }
                    items.add(new Item(parser.readValueAsTree(), null));
                }
            } else {
                throw new Malformed("The body must be a JSON object (one event) or a JSON array of events.");
            }
            if (parser.nextToken() != null) {
                throw new Malformed("The body continues after the JSON value; send one object or one array.");
            }
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new Malformed("The body is not valid UTF-8 JSON" + where + ": " + JacksonMessages.firstSentence(e.getOriginalMessage()));
        }
        return items;
    }

    List<Item> readNdjson(InputStream body) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Item> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, utf8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (items.size() == MAX_EVENTS) {
                    throw new TooManyEvents();
                }
                try {
                    items.add(new Item(json.readTree(line), null));
                } catch (JacksonException e) {
                    items.add(new Item(null, "not valid JSON: " + JacksonMessages.firstSentence(e.getOriginalMessage())));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Malformed("The body is not valid UTF-8.");
        } catch (IOException e) {
            throw new Malformed("The body could not be read: " + e.getMessage());
        }
        return items;
    }
}
