package org.hamsafar.demo;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.events.NewEvent;

/**
 * Reads a demo customer's events as {@link DemoEventGenerator} writes them, in the order it writes
 * them (not in time order): a purchase is followed by its order e-mail, shipping SMS, delivery and
 * any support contacts about it before the next purchase; a session's events carry its session id,
 * support contacts none. Events are named by their index in the list.
 */
final class DemoEventHistory {
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(\\d+)");
    private final List<NewEvent> events;

    DemoEventHistory(List<NewEvent> events) {
        this.events = events;
    }

    /** The delivery of the online purchase at {@code purchase}: its events follow it, before the next purchase. */
    int deliveryOf(int purchase) {
        for (int j = purchase + 1; j < events.size() && !"purchase".equals(events.get(j).type()); j++) {
            if ("delivery_completed".equals(events.get(j).type())) {
                return j;
            }
        }
        return -1;
    }

    /** The purchase that the delivery at {@code delivery} brought. */
    int purchaseOf(int delivery) {
        int j = delivery;
        while (j > 0 && !"purchase".equals(events.get(j).type())) {
            j--;
        }
        return j;
    }

    /** Whether the purchase's session had a failed payment before it (contacts about it carry no session). */
    boolean paymentFailedBefore(int purchase) {
        String session = events.get(purchase).sessionId();
        for (int j = purchase - 1; j >= 0 && session != null; j--) {
            NewEvent e = events.get(j);
            if (e.sessionId() != null && !session.equals(e.sessionId())) {
                return false;
            }
            if ("payment_failed".equals(e.type())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the customer contacted support about the purchase's delivery without the problem being resolved. */
    boolean unresolvedContactAfter(int purchase) {
        for (int j = purchase + 1; j < events.size() && !"purchase".equals(events.get(j).type()); j++) {
            NewEvent e = events.get(j);
            if (isContact(e) && "delivery".equals(reason(e)) && !flag(e, "resolved")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the customer contacted support about the same thing in the four days before. */
    boolean earlierContact(int contact) {
        NewEvent e = events.get(contact);
        for (NewEvent other : events) {
            if (other != e && isContact(other) && reason(other).equals(reason(e)) && other.occurredAt().isBefore(e.occurredAt())
                    && other.occurredAt().isAfter(e.occurredAt().minus(Duration.ofDays(4)))) {
                return true;
            }
        }
        return false;
    }

    /** The last event of the session of the event at {@code from} (events of other sessions end it). */
    int lastOfSession(int from) {
        String session = events.get(from).sessionId();
        int last = from;
        for (int j = from + 1; j < events.size(); j++) {
            String other = events.get(j).sessionId();
            if (other != null && !other.equals(session)) {
                break;
            }
            if (session != null && session.equals(other)) {
                last = j;
            }
        }
        return last;
    }

    /** Whether the session has an event of {@code type} at or after {@code from}. */
    boolean sessionHas(int from, String type) {
        String session = events.get(from).sessionId();
        int last = lastOfSession(from);
        for (int j = from; j <= last; j++) {
            if (type.equals(events.get(j).type()) && session != null && session.equals(events.get(j).sessionId())) {
                return true;
            }
        }
        return false;
    }

    /** A support call, chat or ticket. */
    static boolean isContact(NewEvent e) {
        return "call_ended".equals(e.type()) || "chat_message".equals(e.type()) || "ticket_opened".equals(e.type());
    }

    /** A true property of the event, read from its properties JSON as the generator writes it. */
    static boolean flag(NewEvent e, String name) {
        return e.propertiesJson() != null && e.propertiesJson().contains("\"" + name + "\":true");
    }

    static int number(NewEvent e, String name, int otherwise) {
        if (e.propertiesJson() != null) {
            Matcher m = NUMBER.matcher(e.propertiesJson());
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return Integer.parseInt(m.group(2));
                }
            }
        }
        return otherwise;
    }

    /** What a support contact was about: payment or delivery. */
    static String reason(NewEvent e) {
        return e.propertiesJson() != null && e.propertiesJson().contains("\"reason\":\"payment\"") ? "payment" : "delivery";
    }
}
