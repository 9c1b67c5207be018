package org.hamsafar.analytics.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.analytics.jobs.PurchaseParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scorecard's settings: how many whole months, in which calendar, and which event types and
 * channels mean what (support contacts, self-service, targeted messages, checkout, purchase,
 * cart, the shopping journey, mobile and web), with the ideal number of steps to a purchase and
 * the days within which a repeat contact or a channel switch counts. With a {@code segment} (a
 * segment's key), every customer-based figure counts only that segment's members; which channels are
 * in use and open (accessibility) and whether self-service and targeted messages are tracked at all
 * stay properties of the whole business.
 */
record ScorecardParameters(int months, boolean jalali, Set<String> contactChannels, Set<String> contactTypes, Set<String> selfServiceTypes,
                           Set<String> targetedTypes, String checkoutType, String purchaseType, String cartType, Set<String> journeyTypes,
                           double idealSteps, String mobileChannel, String webChannel, int repeatDays, int switchDays, String segment) {

    static ScorecardParameters read(JsonNode p) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = Set.of("months", "calendar", "contactChannels", "contactTypes", "selfServiceTypes", "targetedTypes", "checkoutType",
                "purchaseType", "cartType", "journeyTypes", "idealSteps", "mobileChannel", "webChannel", "repeatDays", "switchDays", "segment");
        p.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter"));
            }
        });
        int months = whole(p, "months", 12, 1, 24, problems);
        String calendar = p.path("calendar").isString() ? p.get("calendar").asString() : p.has("calendar") ? "?" : "gregorian";
        if (!calendar.equals("gregorian") && !calendar.equals("jalali")) {
            problems.add(new FieldProblem("parameters.calendar", "must be gregorian or jalali"));
        }
        ScorecardParameters read = new ScorecardParameters(months, calendar.equals("jalali"),
                keys(p, "contactChannels", List.of("phone", "chat"), true, problems),
                keys(p, "contactTypes", List.of("ticket_opened"), false, problems),
                keys(p, "selfServiceTypes", List.of("help_article_viewed", "faq_viewed", "self_service_completed"), false, problems),
                keys(p, "targetedTypes", List.of("next_best_action_shown", "targeted_message_sent"), false, problems),
                key(p, "checkoutType", "checkout_started", problems), key(p, "purchaseType", "purchase", problems),
                key(p, "cartType", "add_to_cart", problems),
                keys(p, "journeyTypes", List.of("product_view", "add_to_cart", "checkout_started", "purchase"), false, problems),
                whole(p, "idealSteps", 4, 1, 50, problems), channel(p, "mobileChannel", "app", problems), channel(p, "webChannel", "web", problems),
                whole(p, "repeatDays", 7, 1, 30, problems), whole(p, "switchDays", 7, 1, 30, problems), PurchaseParameters.segment(p, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return read;
    }

    ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("months", months);
        o.put("calendar", jalali ? "jalali" : "gregorian");
        array(o, "contactChannels", contactChannels);
        array(o, "contactTypes", contactTypes);
        array(o, "selfServiceTypes", selfServiceTypes);
        array(o, "targetedTypes", targetedTypes);
        o.put("checkoutType", checkoutType);
        o.put("purchaseType", purchaseType);
        o.put("cartType", cartType);
        array(o, "journeyTypes", journeyTypes);
        o.put("idealSteps", (int) idealSteps);
        o.put("mobileChannel", mobileChannel);
        o.put("webChannel", webChannel);
        o.put("repeatDays", repeatDays);
        o.put("switchDays", switchDays);
        if (segment != null) {
            o.put("segment", segment);
        }
        return o;
    }

    private static void array(ObjectNode o, String name, Set<String> values) {
        ArrayNode array = o.putArray(name);
        values.forEach(array::add);
    }

    private static int whole(JsonNode p, String name, int fallback, int min, int max, List<FieldProblem> problems) {
        JsonNode node = p.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problems.add(new FieldProblem("parameters." + name, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        return node.asInt();
    }

    private static String key(JsonNode p, String name, String fallback, List<FieldProblem> problems) {
        JsonNode node = p.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isString() || !Keys.isKey(node.asString())) {
            problems.add(new FieldProblem("parameters." + name, "must be an event type key"));
            return fallback;
        }
        return node.asString();
    }

    private static String channel(JsonNode p, String name, String fallback, List<FieldProblem> problems) {
        JsonNode node = p.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isString() || Channel.fromKey(node.asString()).isEmpty()) {
            problems.add(new FieldProblem("parameters." + name, "must be a channel key such as app or web"));
            return fallback;
        }
        return node.asString();
    }

    private static Set<String> keys(JsonNode p, String name, List<String> fallback, boolean channels, List<FieldProblem> problems) {
        JsonNode node = p.get(name);
        if (node == null || node.isNull()) {
            return new LinkedHashSet<>(fallback);
        }
        Set<String> out = new LinkedHashSet<>();
        if (!node.isArray() || node.size() > 20) {
            problems.add(new FieldProblem("parameters." + name, "must be a list of up to 20 " + (channels ? "channel keys" : "event type keys")));
            return out;
        }
        for (JsonNode item : node) {
            boolean ok = item.isString() && (channels ? Channel.fromKey(item.asString()).isPresent() : Keys.isKey(item.asString()));
            if (!ok) {
                problems.add(new FieldProblem("parameters." + name, "must hold only " + (channels ? "channel keys" : "event type keys")));
                return out;
            }
            out.add(item.asString());
        }
        return out;
    }
}
