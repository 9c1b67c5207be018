package org.hamsafar.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The results of one survey over a range: per question of the current version, the distribution
 * of its answers and, for scored and yes/no questions, a summary with its 95% interval. The counts
 * come from {@link SurveyResultsQueries}; this class only lays them out.
 */
@Service
class SurveyResults {
    static final int COMMENTS_PER_PAGE = 20;
    private final SurveyResultsQueries queries;

    SurveyResults(SurveyResultsQueries queries) {
        this.queries = queries;
    }

    /** Responses in the range, forms left part-way, and per question what was answered. */
    record Report(long responses, long drafts, Integer completionPercent, List<QuestionResult> questions) {
    }

    /**
     * One question's results. {@code bars} in scale or option order; {@code summary} null for choice
     * and text questions; {@code comments} counts text answers.
     */
    record QuestionResult(Question question, String title, long respondents, List<Bar> bars, Summary summary, long comments) {
        public String type() {
            return question.type().key();
        }
    }

    /** A bar of a distribution: a score or an option, how often given, and its share of the bar total. */
    record Bar(String key, String label, long count, BigDecimal percent) {
    }

    /**
     * A question's figure: {@code kind} nps (-100..100), csat (% 4-5), ces and rating (mean), yes (% yes);
     * bounds null when there is no interval. NPS also gives its groups.
     */
    record Summary(String kind, BigDecimal value, BigDecimal ciLow, BigDecimal ciHigh, long n,
                   long promoters, long passives, long detractors) {
    }

    /** A page of text answers with the scores given in the same response. */
    record CommentPage(List<CommentView> items, long total, int page, int pages) {
    }

    record CommentView(SurveyResultsQueries.Comment comment, String question, List<SurveyResultsQueries.Score> scores) {
    }

    Report report(Survey survey, ResultRange range, String language) {
        long responses = queries.responses(survey.id(), range.from(), range.to());
        long drafts = queries.drafts(survey.id(), range.from(), range.to());
        Integer completion = responses + drafts == 0 ? null : (int) Math.round(100.0 * responses / (responses + drafts));
        Map<String, List<SurveyResultsQueries.AnswerCount>> counts = new HashMap<>();
        for (SurveyResultsQueries.AnswerCount count : queries.answerCounts(survey.id(), range.from(), range.to())) {
            counts.computeIfAbsent(count.questionKey(), k -> new ArrayList<>()).add(count);
        }
        Map<String, Long> respondents = queries.respondents(survey.id(), range.from(), range.to());
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : survey.definition().questions()) {
            List<SurveyResultsQueries.AnswerCount> own = counts.getOrDefault(question.key(), List.of()).stream()
                    .filter(c -> c.questionType().equals(question.type().key())).toList();
            long answered = respondents.getOrDefault(question.key(), 0L);
            results.add(result(question, language, own, answered));
        }
        return new Report(responses, drafts, completion, results);
    }

    CommentPage comments(Survey survey, ResultRange range, String questionKey, int page, String language) {
        long total = queries.commentCount(survey.id(), range.from(), range.to(), questionKey);
        int pages = (int) Math.max(1, (total + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        List<SurveyResultsQueries.Comment> comments = queries.comments(survey.id(), range.from(), range.to(), questionKey,
                COMMENTS_PER_PAGE, (long) (current - 1) * COMMENTS_PER_PAGE);
        Set<UUID> ids = new LinkedHashSet<>();
        comments.forEach(c -> ids.add(c.responseId()));
        Map<UUID, List<SurveyResultsQueries.Score>> scores = queries.scoresOf(ids);
        List<CommentView> items = comments.stream().map(c -> new CommentView(c,
                survey.definition().question(c.questionKey()).map(q -> q.text().in(language)).orElse(c.questionKey()),
                scores.getOrDefault(c.responseId(), List.of()))).toList();
        return new CommentPage(items, total, current, pages);
    }

    private static QuestionResult result(Question question, String language, List<SurveyResultsQueries.AnswerCount> counts,
                                         long respondents) {
        String title = question.text().in(language);
        QuestionType type = question.type();
        if (type == QuestionType.TEXT) {
            return new QuestionResult(question, title, respondents, List.of(), null, respondents);
        }
        List<Bar> bars = new ArrayList<>();
        if (type.hasChoices()) {
            Map<String, Long> byChoice = new HashMap<>();
            counts.forEach(c -> byChoice.merge(String.valueOf(c.choice()), c.count(), Long::sum));
            long total = respondents;
            for (Choice choice : question.choices()) {
                bars.add(bar(choice.id(), choice.text().in(language), byChoice.getOrDefault(choice.id(), 0L), total));
                byChoice.remove(choice.id());
            }
            // Options an earlier version offered and this one dropped still show, under their id.
            byChoice.forEach((id, n) -> bars.add(bar(id, id, n, total)));
            return new QuestionResult(question, title, respondents, bars, null, 0);
        }
        int min = type == QuestionType.YES_NO ? 0 : question.minScore();
        int max = type == QuestionType.YES_NO ? 1 : question.maxScore();
        long[] byScore = new long[max - min + 1];
        for (SurveyResultsQueries.AnswerCount count : counts) {
            if (count.score() != null && count.score() >= min && count.score() <= max) {
                byScore[count.score() - min] += count.count();
            }
        }
        long n = 0;
        long sum = 0;
        long squares = 0;
        for (int score = min; score <= max; score++) {
            long c = byScore[score - min];
            n += c;
            sum += c * score;
            squares += c * score * score;
        }
        if (type == QuestionType.YES_NO) {
            // "yes" first: the share that reads as the question's answer.
            bars.add(bar("yes", null, byScore[1], n));
            bars.add(bar("no", null, byScore[0], n));
        } else {
            for (int score = min; score <= max; score++) {
                bars.add(bar(Integer.toString(score), Integer.toString(score), byScore[score - min], n));
            }
        }
        return new QuestionResult(question, title, respondents, bars, summary(type, byScore, min, n, sum, squares), 0);
    }

    private static Summary summary(QuestionType type, long[] byScore, int min, long n, long sum, long squares) {
        switch (type) {
            case NPS -> {
                long promoters = byScore[9 - min] + byScore[10 - min];
                long detractors = 0;
                for (int score = 0; score <= 6; score++) {
                    detractors += byScore[score - min];
                }
                Estimate e = NpsCalculator.estimate(n, promoters, detractors);
                return summary("nps", e, n, 1, promoters, n - promoters - detractors, detractors);
            }
            case CSAT -> {
                return summary("csat", CsatCalculator.estimate(n, byScore[4 - min] + byScore[5 - min]), n, 1, 0, 0, 0);
            }
            case YES_NO -> {
                // The share of yes with the same Wilson interval as CSAT's share of satisfied answers.
                return summary("yes", CsatCalculator.estimate(n, byScore[1]), n, 1, 0, 0, 0);
            }
            default -> {
                // CES and ratings: the mean with Student's t interval.
                return summary(type == QuestionType.CES ? "ces" : "rating", CesCalculator.estimate(n, sum, squares), n, 2, 0, 0, 0);
            }
        }
    }

    private static Summary summary(String kind, Estimate e, long n, int scale, long promoters, long passives, long detractors) {
        return new Summary(kind, round(e.value(), scale), round(e.ciLow(), scale), round(e.ciHigh(), scale), n,
                promoters, passives, detractors);
    }

    private static Bar bar(String key, String label, long count, long total) {
        BigDecimal percent = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(100.0 * count / total).setScale(1, RoundingMode.HALF_UP);
        return new Bar(key, label, count, percent);
    }

    static BigDecimal round(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
