package org.hamsafar.analytics.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A cluster's description in words, in Persian or English: its traits ("Purchases: much higher than
 * average"), its summary line and its suggested name, for the page and for personas saved from it.
 */
@Component
class ClusterWords {
    private final MessageSource messages;

    ClusterWords(MessageSource messages) {
        this.messages = messages;
    }

    String feature(String key, String channel, Locale locale) {
        if (channel != null) {
            return text("analytics.clusters.feature.channel", locale, text("channel." + channel, locale));
        }
        return text("analytics.clusters.feature." + key, locale);
    }

    /** One trait: the feature and how far above or below the population it lies (much: at least one standard deviation). */
    String trait(JsonNode trait, Locale locale) {
        double z = trait.path("z").asDouble();
        String strength = Math.abs(z) >= 1 ? "much" : "somewhat";
        String direction = z > 0 ? "high" : "low";
        String channel = trait.path("channel").isString() ? trait.path("channel").asString() : null;
        return text("analytics.clusters.trait." + strength + "." + direction, locale,
                feature(trait.path("feature").asString(), channel, locale));
    }

    List<String> traits(JsonNode cluster, Locale locale) {
        List<String> traits = new ArrayList<>();
        cluster.path("traits").forEach(trait -> traits.add(trait(trait, locale)));
        return traits;
    }

    /** "Cluster 2 of 5: 1,234 customers (18 %)" followed by its traits. */
    String summary(JsonNode cluster, int k, Locale locale) {
        List<String> traits = traits(cluster, locale);
        String head = text("analytics.clusters.summary", locale, cluster.path("cluster").asInt(), k, cluster.path("customers").asLong(),
                Math.round(cluster.path("share").asDouble() * 1000) / 10.0);
        return head + " " + (traits.isEmpty() ? text("analytics.clusters.average", locale) : String.join(separator(locale), traits));
    }

    /** A default persona name: the cluster's number and its strongest trait. */
    String name(JsonNode cluster, Locale locale) {
        List<String> traits = traits(cluster, locale);
        String name = text("analytics.clusters.personaName", locale, cluster.path("cluster").asInt(),
                traits.isEmpty() ? text("analytics.clusters.average", locale) : traits.get(0));
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static String separator(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? "؛ " : "; ";
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
