package org.hamsafar.journeys.paths;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.hamsafar.events.InteractionPaths;
import org.hamsafar.events.InteractionPaths.Direction;
import org.hamsafar.events.InteractionPaths.NodeBy;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.DurationText;
import org.hamsafar.shared.time.PageDays;
import org.springframework.util.MultiValueMap;

/**
 * The paths page's query string, read leniently: the page is bookmarkable, so a hand-edited value
 * that cannot be used falls back to its default and is named in {@link #problems()} (shown as a
 * notice) instead of failing the page. {@code to} is a whole day, included.
 *
 * @param view      "paths" or "switching"
 * @param collapse  consecutive repeats count once (a checkbox: absent after a submitted form means off)
 * @param intentTypes event types that together form one intent; empty: each touchpoint is an intent
 * @param segment   a segment's key (customer tag) whose members alone are counted; null: everyone
 */
record PathPageForm(String view, String fromText, String toText, LocalDate from, LocalDate to, String anchorType,
                    String anchorChannel, String anchorTouchpoint, Direction direction, int depth, NodeBy nodeBy, String window,
                    int top, boolean collapse, List<String> exclude, String switchWindow, List<String> intentTypes,
                    String segment, Set<String> problems) {
    static final List<String> WINDOWS = List.of("1h", "6h", "1d", "3d", "7d", "30d");
    static final List<String> SWITCH_WINDOWS = List.of("1h", "4h", "1d", "3d", "7d");
    static final List<Integer> TOPS = List.of(3, 5, 8, 10, 15, 20);
    static final int DEFAULT_DAYS = 30;
    private static final int MAX_LISTED = 50;

    static PathPageForm read(MultiValueMap<String, String> params, LocalDate today) {
        Set<String> problems = new LinkedHashSet<>();
        String view = "switching".equals(first(params, "view")) ? "switching" : "paths";
        String fromText = first(params, "from");
        String toText = first(params, "to");
        LocalDate to = date(toText, "to", problems);
        LocalDate from = date(fromText, "from", problems);
        if (to == null) {
            to = today;
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        if (from.isAfter(to)) {
            problems.add("to");
            to = today;
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        String type = valid(params, "anchorType", Keys::isKey, problems);
        String channel = valid(params, "anchorChannel", c -> Channel.fromKey(c).isPresent(), problems);
        String touchpoint = valid(params, "anchorTouchpoint", Keys::isKey, problems);
        String directionText = valid(params, "direction", d -> Direction.fromKey(d).isPresent(), problems);
        Direction direction = directionText == null ? Direction.AFTER : Direction.fromKey(directionText).orElseThrow();
        int depth = whole(params, "depth", 1, InteractionPaths.MAX_DEPTH, PathRequestReader.DEFAULT_DEPTH, problems);
        String nodeByText = valid(params, "nodeBy", n -> NodeBy.fromKey(n).isPresent(), problems);
        NodeBy nodeBy = nodeByText == null ? NodeBy.TYPE : NodeBy.fromKey(nodeByText).orElseThrow();
        String window = valid(params, "window", PathPageForm::usableWindow, problems);
        int top = whole(params, "top", 1, InteractionPaths.MAX_TOP_PER_LEVEL, PathRequestReader.DEFAULT_TOP_PER_LEVEL, problems);
        // A checkbox sends nothing when unticked: the hidden "options" field tells a submitted form from a first visit.
        boolean collapse = params.containsKey("collapse") || !params.containsKey("options");
        List<String> exclude = keys(params, "exclude", problems);
        String switchWindow = valid(params, "switchWindow", PathPageForm::usableWindow, problems);
        List<String> intentTypes = keys(params, "intentType", problems);
        String segment = valid(params, "segment", Keys::isKey, problems);
        return new PathPageForm(view, fromText, toText, from, to, type, channel, touchpoint, direction, depth, nodeBy,
                window == null ? "1d" : window, top, collapse, exclude, switchWindow == null ? "1d" : switchWindow, intentTypes, segment, problems);
    }

    boolean hasAnchor() {
        return anchorType != null || anchorChannel != null || anchorTouchpoint != null;
    }

    PathPageForm withAnchorType(String type) {
        return new PathPageForm(view, fromText, toText, from, to, type, anchorChannel, anchorTouchpoint, direction, depth, nodeBy,
                window, top, collapse, exclude, switchWindow, intentTypes, segment, problems);
    }

    private static boolean usableWindow(String text) {
        Duration window = DurationText.parse(Digits.latin(text));
        return window != null && !window.isNegative() && !window.isZero() && window.compareTo(QueryFields.MAX_WINDOW) <= 0;
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String valid(MultiValueMap<String, String> params, String name, Predicate<String> rule, Set<String> problems) {
        String value = first(params, name);
        if (value == null) {
            return null;
        }
        String normal = Digits.latin(value).toLowerCase(Locale.ROOT);
        if (!rule.test(normal)) {
            problems.add(name);
            return null;
        }
        return normal;
    }

    private static int whole(MultiValueMap<String, String> params, String name, int min, int max, int fallback, Set<String> problems) {
        String value = first(params, name);
        if (value == null) {
            return fallback;
        }
        String digits = Digits.latin(value);
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) < min || Integer.parseInt(digits) > max) {
            problems.add(name);
            return fallback;
        }
        return Integer.parseInt(digits);
    }

    private static List<String> keys(MultiValueMap<String, String> params, String name, Set<String> problems) {
        List<String> keys = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!Keys.isKey(value.strip()) || keys.size() == MAX_LISTED) {
                problems.add(name);
            } else if (!keys.contains(value.strip())) {
                keys.add(value.strip());
            }
        }
        return keys;
    }

    private static LocalDate date(String text, String name, Set<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return PageDays.parse(text);
        } catch (DateTimeException e) {
            problems.add(name);
            return null;
        }
    }
}
