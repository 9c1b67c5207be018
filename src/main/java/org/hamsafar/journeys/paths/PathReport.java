package org.hamsafar.journeys.paths;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a path query, ready to draw as a Sankey diagram: {@code nodes} per level (level 0
 * is the anchor; ids are "level:label", e.g. "2:cart"), {@code links} from level k-1 to level k,
 * and the most common complete sequences. Links always point away from the anchor, in both
 * directions: for "before", level 1 is the event just before the anchor. {@code segment} echoes
 * the segment asked for (null: every customer).
 */
record PathReport(long customers, Anchor anchor, String direction, int depth, String nodeBy, String window, Instant from,
                  Instant to, boolean collapseRepeats, int topPerLevel, List<String> exclude, String segment, List<Node> nodes,
                  List<Link> links, List<PathRow> paths) {

    /** The anchor as asked (null parts were not part of the question). */
    record Anchor(String type, String channel, String touchpoint) {
    }

    /**
     * A node. {@code kind}: "anchor" (level 0), "step", "other" (the level's less common names
     * merged) or "end" (customers whose path stops before this level). {@code customers} reached it.
     */
    record Node(String id, int level, String label, String kind, long customers) {
    }

    record Link(String source, String target, long customers) {
    }

    /**
     * A complete sequence as customers did it: the names from level 1 (empty: nothing within the
     * window), {@code continues} when their paths go on beyond {@code depth}, how many customers
     * and their share of all anchored customers (0 to 1).
     */
    record PathRow(List<String> steps, boolean continues, long customers, double share) {
    }
}
