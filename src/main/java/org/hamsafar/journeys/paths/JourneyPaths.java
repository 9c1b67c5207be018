package org.hamsafar.journeys.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.events.EventMatch;
import org.hamsafar.events.InteractionPaths;
import org.hamsafar.events.InteractionPaths.LevelLink;
import org.hamsafar.events.InteractionPaths.PathCount;
import org.hamsafar.events.InteractionPaths.PathCounts;
import org.hamsafar.events.InteractionPaths.PathQuery;
import org.springframework.stereotype.Service;

/** Answers path questions: the events module counts in the database; this names the nodes and shapes the answer. */
@Service
class JourneyPaths {
    static final String ANCHOR_ID = "0:anchor";
    private final InteractionPaths interactions;

    JourneyPaths(InteractionPaths interactions) {
        this.interactions = interactions;
    }

    PathReport query(PathRequest request) {
        PathQuery q = request.query();
        PathCounts counts = interactions.count(q);
        Map<String, PathReport.Node> nodes = new LinkedHashMap<>();
        EventMatch anchor = q.anchor();
        nodes.put(ANCHOR_ID, new PathReport.Node(ANCHOR_ID, 0, anchor.label(), "anchor", counts.customers()));
        List<PathReport.Link> links = new ArrayList<>();
        for (LevelLink link : counts.links()) {
            String source = link.level() == 1 ? ANCHOR_ID : id(link.level() - 1, link.source());
            String target = id(link.level(), link.target());
            links.add(new PathReport.Link(source, target, link.customers()));
            PathReport.Node known = nodes.get(target);
            long reached = (known == null ? 0 : known.customers()) + link.customers();
            nodes.put(target, new PathReport.Node(target, link.level(), link.target(), kind(link.target()), reached));
        }
        List<PathReport.Node> ordered = new ArrayList<>(nodes.values());
        // Per level: the most reached steps first, then "other", then "end" (stable for equal counts).
        ordered.sort(Comparator.comparingInt(PathReport.Node::level).thenComparingInt(node -> rank(node.kind()))
                .thenComparing(PathReport.Node::customers, Comparator.reverseOrder()).thenComparing(PathReport.Node::label));
        List<PathReport.PathRow> paths = new ArrayList<>();
        for (PathCount path : counts.paths()) {
            paths.add(new PathReport.PathRow(path.steps(), path.continues(), path.customers(),
                    counts.customers() == 0 ? 0 : (double) path.customers() / counts.customers()));
        }
        return new PathReport(counts.customers(), new PathReport.Anchor(anchor.type(), anchor.channel(), anchor.touchpoint()),
                q.direction().key(), q.depth(), q.nodeBy().key(), request.windowText(), q.from(), q.to(), q.collapseRepeats(),
                q.topPerLevel(), q.exclude(), q.segment(), ordered, links, paths);
    }

    static String id(int level, String label) {
        return level + ":" + label;
    }

    private static String kind(String label) {
        return switch (label) {
            case InteractionPaths.END -> "end";
            case InteractionPaths.OTHER -> "other";
            default -> "step";
        };
    }

    private static int rank(String kind) {
        return switch (kind) {
            case "anchor", "step" -> 0;
            case "other" -> 1;
            default -> 2;
        };
    }
}
