package org.hamsafar.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topics a text is matched against. The product ships a default CX taxonomy
 * ({@code text/topics/default-topics.json}: delivery, price and fees, product quality, staff,
 * waiting time, website and app, payment, refunds, communication, billing, ...); organisations
 * edit it through the API and dashboard.
 */
public record TopicTaxonomy(List<Topic> topics) {

    static final String DEFAULT_FILE = "text/topics/default-topics.json";

    public TopicTaxonomy {
        topics = List.copyOf(topics);
    }

    public static TopicTaxonomy shipped() {
        try (InputStream in = TopicTaxonomy.class.getClassLoader().getResourceAsStream(DEFAULT_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_FILE);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Topic> topics = new ArrayList<>();
            for (JsonNode node : root) {
                topics.add(new Topic(node.path("key").asString(),
                        node.path("label").path("fa").asString(""), node.path("label").path("en").asString(""),
                        strings(node.path("terms").path("fa")), strings(node.path("terms").path("en"))));
            }
            return new TopicTaxonomy(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    public Topic topic(String key) {
        return topics.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
