package org.hamsafar.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/text")
@Tag(name = "Text analytics", description = "Sentiment, topics, emotions and keywords of Persian and English texts")
class TextResultsController {
    private static final String SCOPE_DOC = """
            `from` and `to` are ISO-8601 dates (local midnight in the display time zone, `hamsafar.display-time-zone`)
            or date-times with offset; the range is [from, to). `days` counts back from `to` (default now). Filters:
            `source` (survey_answer, event, case_note), `surveyId`, `channel`, `touchpoint`, `segment` (a segment's key or any
            customer tag: only texts of customers who carry it now).""";

    private final TextResults results;
    private final TextAnalysisService service;
    private final TextAnalysisWorker worker;
    private final Clock clock;

    TextResultsController(TextResults results, TextAnalysisService service, TextAnalysisWorker worker, Clock clock) {
        this.results = results;
        this.service = service;
        this.worker = worker;
        this.clock = clock;
    }

    @GetMapping("/summary")
    @Operation(summary = "Sentiment trend, topics and negative topics by touchpoint of stored texts", description = """
            Survey text answers and events with text, as analysed in the background. `total`: texts and how many were
            positive, neutral and negative, with the mean `averageScore` (-1..1). `trend`: one point per `interval`
            (day, week, month) of the `calendar` (gregorian: weeks from Monday; jalali: Solar Hijri months, weeks from
            Saturday), empty periods included; `partial` is true for a period the range covers only in part (usually
            the first and the last), whose counts are not comparable to a whole period's. `topics`: every topic
            mentioned, most mentions first, with the mentions per clause sentiment and their mean score.
            `negativeTopicsByTouchpoint`: the `top` (default 10, at most 100) touchpoint and topic pairs with the most
            negative mentions and the negative `share` of the pair's mentions (touchpoint null: texts without one).
            The same text filters as GET /api/v1/text/results select the texts counted: `sentiment` (overall
            sentiment), `topic` (texts that mention it: `topics` then lists it with all its mentions and the topics
            mentioned beside it), `language` (fa, en, other) and `q` (texts containing it, any case). By default the
            last 90 days. Needs the read scope.
            """ + SCOPE_DOC)
    Map<String, Object> summary(
            @Parameter(description = "days back from `to` (1-1830, default 90)") @RequestParam(required = false) String days,
            @Parameter(description = "start of the range (inclusive)") @RequestParam(required = false) String from,
            @Parameter(description = "end of the range (exclusive)") @RequestParam(required = false) String to,
            @Parameter(description = "day (default), week or month") @RequestParam(required = false) String interval,
            @Parameter(description = "gregorian (default) or jalali") @RequestParam(required = false) String calendar,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Long surveyId,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String touchpoint,
            @Parameter(description = "a segment's key (customer tag): only texts of customers who carry it now")
            @RequestParam(required = false) String segment,
            @Parameter(description = "only texts with this overall sentiment: positive, neutral or negative")
            @RequestParam(required = false) String sentiment,
            @Parameter(description = "only texts that mention this topic (a topic key)") @RequestParam(required = false) String topic,
            @Parameter(description = "only texts in this language: fa, en or other") @RequestParam(required = false) String language,
            @Parameter(description = "only texts containing this text (at most 200 characters, any case)")
            @RequestParam(required = false) String q,
            @Parameter(description = "how many touchpoint and topic pairs (1-100, default 10)") @RequestParam(required = false) String top) {
        TextQueryParams params = new TextQueryParams(results.zone());
        MetricInterval step = params.interval(TextQueryParams.blankToNull(interval), MetricInterval.DAY);
        MetricCalendar chosenCalendar = params.calendar(TextQueryParams.blankToNull(calendar));
        int pairs = params.top(TextQueryParams.blankToNull(top));
        SentimentLabel label = params.sentiment(TextQueryParams.blankToNull(sentiment));
        TextScope scope = params.summaryScope(raw(days, from, to, source, surveyId, channel, touchpoint, segment), now());
        CommentFilter filter = params.build(() -> new CommentFilter(scope, label, TextQueryParams.blankToNull(topic),
                TextQueryParams.blankToNull(language), q));
        return TextResultsJson.summary(results.summary(filter, step, chosenCalendar, pairs), new TopicTaxonomy(service.topics()));
    }

    @GetMapping("/results")
    @Operation(summary = "Analysed texts, newest first (comment explorer)", description = """
            Each item: `source`, `sourceId`, `surveyId`, `questionKey`, `channel`, `touchpoint`, `occurredAt`, the
            `text`, its `language`, overall `sentiment` {label, score, confidence} and `topics` [{key, label,
            sentiment, spans: [[start, end]]}] (char offsets into `text`). Filters: `sentiment` (positive, neutral,
            negative), `topic` (texts that mention it), `language` (fa, en, other), `q` (texts containing it, any
            case) and the range and filters below; without a range, all stored texts. Paged by `limit` (1-500,
            default 50) and `cursor`. Needs the read scope.
            """ + SCOPE_DOC)
    Page<Map<String, Object>> list(
            @RequestParam(required = false) String sentiment,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String language,
            @Parameter(description = "text to look for (at most 200 characters)") @RequestParam(required = false) String q,
            @RequestParam(required = false) String days,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Long surveyId,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String touchpoint,
            @Parameter(description = "a segment's key (customer tag): only texts of customers who carry it now")
            @RequestParam(required = false) String segment,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        int size = Cursors.limit(limit, 50, 500);
        TextQueryParams params = new TextQueryParams(results.zone());
        SentimentLabel label = params.sentiment(TextQueryParams.blankToNull(sentiment));
        TextScope scope = params.listScope(raw(days, from, to, source, surveyId, channel, touchpoint, segment), now());
        CommentFilter filter = params.build(() -> new CommentFilter(scope, label, TextQueryParams.blankToNull(topic),
                TextQueryParams.blankToNull(language), q));
        Page<StoredComment> page = results.comments(filter, TextQueryParams.blankToNull(cursor), size);
        return new Page<>(page.items().stream().map(c -> TextResultsJson.comment(c, results.zone())).toList(), page.nextCursor());
    }

    @PostMapping("/reanalyze")
    @Operation(summary = "Analyse every stored text again", description = """
            Queues every stored text (those retention has not cleared) for analysis with the current model and topic
            taxonomy, e.g. after the taxonomy was edited; answers `{"queued": n}` at once and the results are replaced
            in the background (see GET /api/v1/text/status). Needs the admin scope.""")
    Map<String, Object> reanalyze() {
        int queued = service.reanalyzeAll();
        worker.wake();
        return Map.of("queued", queued);
    }

    @GetMapping("/status")
    @Operation(summary = "The analysis model and queue", description = """
            `model`: the model version in use; `resultsByModel`: stored results per model version; `pending`: texts
            waiting for analysis. Needs the read scope.""")
    Map<String, Object> status() {
        return service.status();
    }

    private static TextQueryParams.Raw raw(String days, String from, String to, String source, Long surveyId, String channel,
                                           String touchpoint, String segment) {
        return new TextQueryParams.Raw(TextQueryParams.blankToNull(days), TextQueryParams.blankToNull(from),
                TextQueryParams.blankToNull(to), TextQueryParams.blankToNull(source), surveyId, TextQueryParams.blankToNull(channel),
                TextQueryParams.blankToNull(touchpoint), TextQueryParams.blankToNull(segment));
    }

    private Instant now() {
        // One second past now, so that a text stored this second is inside a range that ends now.
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }
}
