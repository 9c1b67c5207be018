package org.hamsafar.events;

/**
 * What an interaction event must match: any of its type, channel and touchpoint (keys as stored,
 * e.g. {@code cart}, {@code phone}, {@code support_line}). Null parts match anything; at least one
 * part is set, and all that are set must match. Callers validate the keys.
 */
public record EventMatch(String type, String channel, String touchpoint) {
    public EventMatch {
        if (type == null && channel == null && touchpoint == null) {
            throw new IllegalArgumentException("a match needs a type, channel or touchpoint");
        }
    }

    /** The set parts in the order type, touchpoint, channel, joined by " · " (a short label for people). */
    public String label() {
        StringBuilder label = new StringBuilder();
        for (String part : new String[] {type, touchpoint, channel}) {
            if (part != null) {
                label.append(label.isEmpty() ? "" : " · ").append(part);
            }
        }
        return label.toString();
    }
}
