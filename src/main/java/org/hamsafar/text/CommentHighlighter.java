package org.hamsafar.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Renders a comment as HTML with each topic mention wrapped in {@code <mark title="topic">}. The
 * text and the titles are escaped, so the result is safe to insert unescaped. Spans come from the
 * stored analysis and may no longer fit the text (an old result, a cleared text): a span out of
 * range, empty, splitting a surrogate pair or overlapping one already marked is skipped.
 */
final class CommentHighlighter {
    private CommentHighlighter() {
    }

    private record Mark(int start, int end, String title) {
    }

    /**
     * @param topics the stored mentions, {@code [{key, label, spans: [[start, end], ...]}]}
     * @param title  the title of a topic key (e.g. its label in the page's language); null falls back to the stored label
     */
    static String html(String text, JsonNode topics, Function<String, String> title) {
        List<Mark> marks = new ArrayList<>();
        if (topics != null && topics.isArray()) {
            for (JsonNode topic : topics) {
                String key = topic.path("key").asString("");
                String name = title.apply(key);
                String label = name != null ? name : topic.path("label").asString(key);
                for (JsonNode span : topic.path("spans")) {
                    if (span.isArray() && span.size() == 2 && span.get(0).isInt() && span.get(1).isInt()) {
                        marks.add(new Mark(span.get(0).intValue(), span.get(1).intValue(), label));
                    }
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        StringBuilder html = new StringBuilder(text.length() + marks.size() * 32);
        int at = 0;
        for (Mark mark : marks) {
            if (!fits(mark, text) || mark.start() < at) {
                continue;
            }
            html.append(escape(text.substring(at, mark.start())))
                    .append("<mark title=\"").append(escape(mark.title())).append("\">")
                    .append(escape(text.substring(mark.start(), mark.end())))
                    .append("</mark>");
            at = mark.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    private static boolean fits(Mark mark, String text) {
        return mark.start() >= 0 && mark.start() < mark.end() && mark.end() <= text.length()
                && !splitsPair(text, mark.start()) && !splitsPair(text, mark.end());
    }

    /** Escapes the characters that HTML gives a meaning (text and attribute values); everything else stays as is. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a cut at {@code index} falls between the two halves of a surrogate pair. */
    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
    }
}
