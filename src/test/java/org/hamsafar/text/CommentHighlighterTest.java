package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Comments rendered with their topic mentions marked: escaped, and robust to spans that no longer fit. */
class CommentHighlighterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode topics(String json) {
        return JSON.readTree(json);
    }

    @Test
    void marksEachSpanWithTheTopicsLabelAndEscapesTheRest() {
        String text = "The <b>courier</b> & the app";
        JsonNode topics = topics("""
                [{"key":"delivery","label":"Delivery","spans":[[7,14]]},
                 {"key":"website_app","label":"Website and app","spans":[[25,28]]}]""");

        String html = CommentHighlighter.html(text, topics, Map.of("delivery", "ارسال \"سریع\"")::get);

        assertThat(html).isEqualTo("The &lt;b&gt;<mark title=\"ارسال &quot;سریع&quot;\">courier</mark>&lt;/b&gt; &amp; the "
                + "<mark title=\"Website and app\">app</mark>");
    }

    @Test
    void skipsOverlappingOutOfRangeAndReversedSpans() {
        String text = "پیک دیر رسید";
        JsonNode topics = topics("""
                [{"key":"delivery","label":"ارسال","spans":[[0,3],[1,6],[10,40],[-1,2],[5,4],[4,4]]},
                 {"key":"waiting_time","label":"انتظار","spans":[[4,7]]}]""");

        String html = CommentHighlighter.html(text, topics, key -> null);

        assertThat(html).isEqualTo("<mark title=\"ارسال\">پیک</mark> <mark title=\"انتظار\">دیر</mark> رسید");
    }

    @Test
    void neverSplitsASurrogatePairAndKeepsTextWithoutTopics() {
        String text = "خوب 😍 بود";
        JsonNode split = topics("[{\"key\":\"a\",\"label\":\"A\",\"spans\":[[5,6]]}]");

        assertThat(CommentHighlighter.html(text, split, key -> null)).isEqualTo(text);
        assertThat(CommentHighlighter.html("<i>", topics("[]"), key -> null)).isEqualTo("&lt;i&gt;");
        assertThat(CommentHighlighter.html("x", topics("{\"not\":\"an array\"}"), key -> null)).isEqualTo("x");
    }
}
