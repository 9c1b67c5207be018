package org.hamsafar.journeys.paths;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.events.ChannelSwitches.Intent;
import org.hamsafar.events.ChannelSwitches.SwitchQuery;
import org.hamsafar.events.EventMatch;
import org.hamsafar.events.InteractionPaths;
import org.hamsafar.events.InteractionPaths.Direction;
import org.hamsafar.events.InteractionPaths.NodeBy;
import org.hamsafar.events.InteractionPaths.PathQuery;
import org.hamsafar.events.InteractionVocabulary;
import org.hamsafar.events.InteractionVocabulary.ValueCount;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.time.DurationText;
import org.hamsafar.shared.time.PageDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paths page (any signed-in user): a Sankey diagram of the paths from or to an anchor event with
 * a table of the most common complete paths, and a second tab with channel switching (a from-to
 * heatmap, the rates and the top pairs). Everything is in the query string, so a view can be
 * bookmarked and shared; chart data travel in data attributes and are drawn by journey-paths.js.
 */
@Controller
class PathPagesController {
    private final JourneyPaths paths;
    private final ChannelSwitching switching;
    private final InteractionVocabulary vocabulary;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    PathPagesController(JourneyPaths paths, ChannelSwitching switching, InteractionVocabulary vocabulary, MessageSource messages,
                        JsonMapper json, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.paths = paths;
        this.switching = switching;
        this.vocabulary = vocabulary;
        this.messages = messages;
        this.json = json;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    /** A pick-list entry: a stored value and how many events carry it (null: chosen but not stored). */
    public record Option(String value, Long events) {
    }

    /** A complete path as the table shows it: the named steps, whether it goes on beyond the depth, its customers and share. */
    public record PathRowView(List<String> steps, boolean continues, long customers, double share) {
    }

    /** One row of the switching matrix: a from-channel and, per to-channel, its cell (null where nobody switched). */
    public record MatrixRow(SwitchReport.FromChannel from, List<SwitchReport.Cell> cells) {
    }

    /** One intent's line: its figures and its median time to switch in words. */
    public record IntentRow(SwitchReport.Summary summary, Elapsed elapsed) {
    }

    @GetMapping("/journeys/paths")
    ModelAndView page(@RequestParam MultiValueMap<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean persian = "fa".equals(locale.getLanguage());
        PathPageForm form = PathPageForm.read(params, LocalDate.now(clock.withZone(zone)));
        InteractionVocabulary.Vocabulary stored = vocabulary.stored();
        if (!form.hasAnchor() && !stored.types().isEmpty()) {
            // A first visit shows the paths after the most common event type rather than an empty page.
            form = form.withAnchorType(stored.types().get(0).value());
        }
        Instant from = form.from().atStartOfDay(zone).toInstant();
        Instant to = form.to().plusDays(1).atStartOfDay(zone).toInstant();

        ModelAndView view = new ModelAndView("journeys/paths");
        view.addObject("f", form);
        view.addObject("fromShown", form.problems().contains("from") ? form.fromText() : PageDays.show(form.from(), persian));
        view.addObject("toShown", form.problems().contains("to") ? form.toText() : PageDays.show(form.to(), persian));
        view.addObject("periodFrom", from);
        view.addObject("periodTo", to.minusSeconds(1));
        view.addObject("types", options(stored.types(), form.anchorType(), form.exclude(), form.intentTypes()));
        view.addObject("touchpoints", options(stored.touchpoints(), form.anchorTouchpoint(), List.of(), List.of()));
        view.addObject("channels", Channel.values());
        view.addObject("channelCounts", counts(stored.channels()));
        view.addObject("windows", PathPageForm.WINDOWS);
        view.addObject("switchWindows", PathPageForm.SWITCH_WINDOWS);
        view.addObject("tops", PathPageForm.TOPS);
        view.addObject("depths", List.of(1, 2, 3, 4, 5, 6, 7, 8));
        view.addObject("nodeBys", List.of(NodeBy.values()).stream().map(NodeBy::key).toList());
        view.addObject("pathsUrl", tabUrl(params, "paths"));
        view.addObject("switchingUrl", tabUrl(params, "switching"));
        view.addObject("empty", stored.types().isEmpty());
        // Time runs with the reading direction: to the left in Persian.
        view.addObject("arrow", persian ? "\u2190" : "\u2192");
        if (stored.types().isEmpty()) {
            return view;
        }
        if ("switching".equals(form.view())) {
            addSwitching(view, form, from, to, locale);
        } else {
            addPaths(view, form, from, to, locale);
        }
        return view;
    }

    private void addPaths(ModelAndView view, PathPageForm form, Instant from, Instant to, Locale locale) {
        Duration window = DurationText.parse(Digits.latin(form.window()));
        PathQuery query = new PathQuery(new EventMatch(form.anchorType(), form.anchorChannel(), form.anchorTouchpoint()), form.direction(),
                form.depth(), form.nodeBy(), window, from, to, form.collapse(), form.top(), form.exclude(), form.segment());
        PathReport report = paths.query(new PathRequest(query, form.window()));
        boolean before = form.direction() == Direction.BEFORE;
        String anchorLabel = anchorLabel(form, locale);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (PathReport.Node node : report.nodes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("id", node.id());
            n.put("label", node.level() == 0 ? anchorLabel : label(node.label(), form.nodeBy(), before, locale));
            n.put("kind", node.kind());
            n.put("level", node.level());
            n.put("customers", node.customers());
            nodes.add(n);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        report.links().forEach(link -> links.add(Map.of("source", link.source(), "target", link.target(), "value", link.customers())));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("direction", form.direction().key());
        chart.put("customers", report.customers());
        chart.put("nodes", nodes);
        chart.put("links", links);
        chart.put("customersText", message("journeys.paths.chart.customers", locale));
        view.addObject("report", report);
        view.addObject("anchorLabel", anchorLabel);
        view.addObject("pathChart", json.writeValueAsString(chart));
        view.addObject("chartHeight", chartHeight(report));
        List<PathRowView> rows = new ArrayList<>();
        for (PathReport.PathRow row : report.paths()) {
            List<String> steps = new ArrayList<>();
            row.steps().forEach(step -> steps.add(label(step, form.nodeBy(), before, locale)));
            if (before) {
                // Level 1 is the step just before the anchor: shown in time order, the earliest first.
                Collections.reverse(steps);
            }
            rows.add(new PathRowView(steps, row.continues(), row.customers(), row.share()));
        }
        view.addObject("pathRows", rows);
    }

    private void addSwitching(ModelAndView view, PathPageForm form, Instant from, Instant to, Locale locale) {
        Duration window = DurationText.parse(Digits.latin(form.switchWindow()));
        List<Intent> intents = form.intentTypes().isEmpty() ? List.of()
                : List.of(new Intent("selected", form.intentTypes().stream().map(type -> new EventMatch(type, null, null)).toList()));
        SwitchReport report = switching.query(new SwitchRequest(new SwitchQuery(intents, window, from, to, form.segment()), form.switchWindow()));
        SwitchReport.Summary overall = report.overall();
        List<String> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            boolean used = overall.fromChannels().stream().anyMatch(f -> f.channel().equals(channel.key()))
                    || overall.matrix().stream().anyMatch(c -> c.to().equals(channel.key()));
            if (used) {
                channels.add(channel.key());
            }
        }
        List<MatrixRow> rows = new ArrayList<>();
        List<List<Object>> cells = new ArrayList<>();
        for (SwitchReport.FromChannel fromChannel : overall.fromChannels()) {
            List<SwitchReport.Cell> line = new ArrayList<>();
            for (String toChannel : channels) {
                SwitchReport.Cell cell = overall.matrix().stream()
                        .filter(c -> c.from().equals(fromChannel.channel()) && c.to().equals(toChannel)).findFirst().orElse(null);
                line.add(cell);
                if (cell != null) {
                    // [x: to, y: from, share of the from-channel's episodes in percent, switches]
                    cells.add(List.of(channels.indexOf(toChannel), channels.indexOf(fromChannel.channel()),
                            Math.round(cell.shareOfFrom() * 1000) / 10.0, cell.switches()));
                }
            }
            rows.add(new MatrixRow(fromChannel, line));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("channels", channels);
        chart.put("labels", channels.stream().map(c -> message("channel." + c, locale)).toList());
        chart.put("cells", cells);
        chart.put("fromText", message("journeys.paths.switching.from", locale));
        chart.put("toText", message("journeys.paths.switching.to", locale));
        chart.put("switchesText", message("journeys.paths.chart.switches", locale));
        view.addObject("switching", report);
        view.addObject("switchChart", json.writeValueAsString(chart));
        view.addObject("matrixChannels", channels);
        view.addObject("matrixRows", rows);
        view.addObject("overallElapsed", Elapsed.of(overall.medianSecondsToSwitch()));
        view.addObject("pairElapsed", overall.topPairs().stream().map(c -> Elapsed.of(c.medianSecondsToSwitch())).toList());
        view.addObject("intentRows", report.intents().stream().map(s -> new IntentRow(s, Elapsed.of(s.medianSecondsToSwitch()))).toList());
    }

    /** A node's name for people: channels and the special nodes in the page's language, event types and touchpoints as stored. */
    private String label(String label, NodeBy nodeBy, boolean before, Locale locale) {
        switch (label) {
            case InteractionPaths.END:
                return message(before ? "journeys.paths.node.start" : "journeys.paths.node.end", locale);
            case InteractionPaths.OTHER:
                return message("journeys.paths.node.other", locale);
            case InteractionPaths.NO_TOUCHPOINT:
                return message("journeys.paths.node.noTouchpoint", locale);
            default:
                break;
        }
        if (nodeBy == NodeBy.CHANNEL) {
            return channelName(label, locale);
        }
        if (nodeBy == NodeBy.CHANNEL_TYPE) {
            int slash = label.indexOf('/');
            return channelName(label.substring(0, slash), locale) + " · " + label.substring(slash + 1);
        }
        return label;
    }

    private String anchorLabel(PathPageForm form, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (form.anchorType() != null) {
            parts.add(form.anchorType());
        }
        if (form.anchorTouchpoint() != null) {
            parts.add(form.anchorTouchpoint());
        }
        if (form.anchorChannel() != null) {
            parts.add(channelName(form.anchorChannel(), locale));
        }
        return String.join(" · ", parts);
    }

    private String channelName(String key, Locale locale) {
        return messages.getMessage("channel." + key, null, key, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Tall enough for the busiest level: about 40 px per node, 320 px at least. */
    private static int chartHeight(PathReport report) {
        Map<Integer, Integer> perLevel = new LinkedHashMap<>();
        report.nodes().forEach(node -> perLevel.merge(node.level(), 1, Integer::sum));
        int most = perLevel.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return Math.max(320, Math.min(900, most * 40 + 60));
    }

    /** The stored values, most frequent first, plus any chosen value that is not stored (so that the form keeps it). */
    private static List<Option> options(List<ValueCount> stored, String chosen, List<String> moreChosen, List<String> evenMore) {
        List<Option> options = new ArrayList<>();
        stored.forEach(v -> options.add(new Option(v.value(), v.events())));
        List<String> all = new ArrayList<>(moreChosen);
        all.addAll(evenMore);
        if (chosen != null) {
            all.add(chosen);
        }
        for (String value : all) {
            if (options.stream().noneMatch(o -> o.value().equals(value))) {
                options.add(new Option(value, null));
            }
        }
        return options;
    }

    private static Map<String, Long> counts(List<ValueCount> stored) {
        Map<String, Long> counts = new LinkedHashMap<>();
        stored.forEach(v -> counts.put(v.value(), v.events()));
        return counts;
    }

    /** The same query string with another tab. */
    private static String tabUrl(MultiValueMap<String, String> params, String tab) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
        copy.remove("view");
        copy.add("view", tab);
        return UriComponentsBuilder.fromPath("/journeys/paths").queryParams(copy).encode().build().toUriString();
    }
}
