package org.hamsafar.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.Page;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The text analytics dashboard: sentiment trend, topics by volume with their sentiment, the topics
 * most often negative per touchpoint, and the comment explorer with each topic mention marked.
 * Filters are a plain GET form; a filter value that cannot be used is left out with a notice.
 */
@Controller
class TextPagesController {
    static final List<Integer> RANGES = List.of(30, 90, 365);
    static final List<String> SOURCES = List.of(PendingText.SURVEY_ANSWER, PendingText.EVENT, PendingText.CASE_NOTE);
    static final int PAGE_SIZE = 25;
    private final TextResults results;
    private final TextAnalysisService service;
    private final JsonMapper json;
    private final Clock clock;

    TextPagesController(TextResults results, TextAnalysisService service, JsonMapper json, Clock clock) {
        this.results = results;
        this.service = service;
        this.json = json;
        this.clock = clock;
    }

    /** A comment with its text as HTML in which every topic mention is marked. */
    public record CommentView(StoredComment comment, String html) {
    }

    /** The dashboard's filters as the form sent them, each null when absent or unusable. */
    record Filters(int days, MetricInterval interval, String source, String channel, String touchpoint, SentimentLabel sentiment,
                   String topic, String q, boolean dropped) {
    }

    @GetMapping("/text")
    ModelAndView dashboard(@RequestParam Map<String, String> params) {
        Filters f = filters(params);
        boolean persian = "fa".equals(LocaleContextHolder.getLocale().getLanguage());
        Instant now = clock.instant();
        TextScope scope = new TextScope(now.minus(Duration.ofDays(f.days())), now.plusSeconds(1), f.source(), null, f.channel(),
                f.touchpoint(), null);
        // One filter for the figures, the chart, the tables and the comments: the whole page answers the same question.
        CommentFilter filter = new CommentFilter(scope, f.sentiment(), f.topic(), null, f.q());
        TextSummary summary = results.summary(filter, f.interval(), persian ? MetricCalendar.JALALI : MetricCalendar.GREGORIAN,
                TextResults.DEFAULT_TOP);
        TopicTaxonomy taxonomy = new TopicTaxonomy(service.topics());
        Function<String, String> label = key -> {
            Topic topic = taxonomy.topic(key);
            return topic == null ? null : topic.label(persian ? Language.FA : Language.EN);
        };
        Page<StoredComment> page;
        try {
            page = results.comments(filter, blankToNull(params.get("cursor")), PAGE_SIZE);
        } catch (InvalidInputException badCursor) {
            page = results.comments(filter, null, PAGE_SIZE);
        }

        ModelAndView view = new ModelAndView("text/dashboard");
        view.addObject("trendChart", trendChart(summary));
        view.addObject("partialTrend", summary.trend().stream().anyMatch(SentimentPoint::partial));
        view.addObject("total", summary.total());
        view.addObject("shares", TextDashboardRows.shares(summary.total()));
        view.addObject("averageScore", TextDashboardRows.averageScore(summary.total()));
        view.addObject("topicRows", TextDashboardRows.topics(summary.topics(), label));
        view.addObject("negativeRows", TextDashboardRows.negative(summary.negativeByTouchpoint(), label));
        view.addObject("comments", page.items().stream()
                .map(c -> new CommentView(c, CommentHighlighter.html(c.text(), c.topics(), label))).toList());
        view.addObject("moreUrl", page.nextCursor() == null ? null : link(f).queryParam("cursor", page.nextCursor())
                .encode().build().toUriString());
        Map<String, String> topicLinks = new LinkedHashMap<>();
        summary.topics().forEach(t -> topicLinks.put(t.key(), link(f).replaceQueryParam("topic", t.key()).fragment("explorer")
                .encode().build().toUriString()));
        view.addObject("topicLinks", topicLinks);
        view.addObject("f", f);
        view.addObject("ranges", RANGES);
        view.addObject("intervals", Arrays.stream(MetricInterval.values()).map(MetricInterval::key).toList());
        view.addObject("sources", SOURCES);
        view.addObject("channels", Arrays.stream(Channel.values()).map(Channel::key).toList());
        view.addObject("sentiments", List.of("positive", "neutral", "negative"));
        view.addObject("topics", taxonomy.topics());
        view.addObject("touchpoints", results.touchpoints());
        return view;
    }

    /**
     * The trend as chart data: period labels, counts per sentiment, the mean score per period and
     * whether the range covers only part of the period.
     */
    private String trendChart(TextSummary summary) {
        Map<String, List<Object>> chart = new LinkedHashMap<>();
        for (String series : List.of("labels", "positive", "neutral", "negative", "average", "partial")) {
            chart.put(series, new ArrayList<>());
        }
        for (SentimentPoint point : summary.trend()) {
            chart.get("labels").add(point.label());
            chart.get("positive").add(point.tally().positive());
            chart.get("neutral").add(point.tally().neutral());
            chart.get("negative").add(point.tally().negative());
            Double average = point.tally().averageScore();
            chart.get("average").add(average == null ? null : Math.round(average * 1000) / 1000.0);
            chart.get("partial").add(point.partial());
        }
        return json.writeValueAsString(chart);
    }

    private static Filters filters(Map<String, String> params) {
        boolean[] dropped = {false};
        Function<String, String> valid = name -> {
            String value = blankToNull(params.get(name));
            boolean ok = value == null || switch (name) {
                case "source" -> SOURCES.contains(value);
                case "channel" -> Channel.fromKey(value).isPresent();
                case "touchpoint" -> Keys.isKey(value);
                case "sentiment" -> List.of("positive", "neutral", "negative").contains(value);
                case "topic" -> Topic.validKey(value);
                default -> true;
            };
            dropped[0] |= !ok;
            return ok ? value : null;
        };
        String days = blankToNull(params.get("days"));
        int range = days != null && days.matches("\\d{1,4}") && RANGES.contains(Integer.parseInt(days)) ? Integer.parseInt(days) : 90;
        String interval = blankToNull(params.get("interval"));
        MetricInterval step = interval == null ? MetricInterval.WEEK
                : MetricInterval.fromKey(interval.toLowerCase(Locale.ROOT)).orElse(MetricInterval.WEEK);
        String sentiment = valid.apply("sentiment");
        String q = blankToNull(params.get("q"));
        if (q != null && q.length() > CommentFilter.MAX_QUERY) {
            q = q.substring(0, CommentFilter.MAX_QUERY);
        }
        return new Filters(range, step, valid.apply("source"), valid.apply("channel"), valid.apply("touchpoint"),
                sentiment == null ? null : SentimentLabel.ofCode(sentiment), valid.apply("topic"), q, dropped[0]);
    }

    /** The page's address with the filters, for paging links. */
    private static UriComponentsBuilder link(Filters f) {
        return UriComponentsBuilder.fromPath("/text")
                .queryParam("days", f.days())
                .queryParam("interval", f.interval().key())
                .queryParamIfPresent("source", Optional.ofNullable(f.source()))
                .queryParamIfPresent("channel", Optional.ofNullable(f.channel()))
                .queryParamIfPresent("touchpoint", Optional.ofNullable(f.touchpoint()))
                .queryParamIfPresent("sentiment", Optional.ofNullable(f.sentiment()).map(SentimentLabel::code))
                .queryParamIfPresent("topic", Optional.ofNullable(f.topic()))
                .queryParamIfPresent("q", Optional.ofNullable(f.q()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
