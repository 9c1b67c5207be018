package org.hamsafar.text;

import java.time.ZoneId;
import java.util.List;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;

/**
 * What the text analytics dashboard shows of the texts a filter selects: the sentiment of all of
 * them, their trend per period, topics by volume and sentiment, and the topics most often negative
 * per touchpoint.
 */
public record TextSummary(CommentFilter filter, ZoneId zone, MetricInterval interval, MetricCalendar calendar, SentimentTally total,
                          List<SentimentPoint> trend, List<TopicVolume> topics, List<TouchpointTopic> negativeByTouchpoint) {
    public TextSummary {
        trend = List.copyOf(trend);
        topics = List.copyOf(topics);
        negativeByTouchpoint = List.copyOf(negativeByTouchpoint);
    }

    /** The range and the filters on where texts came from. */
    public TextScope scope() {
        return filter.scope();
    }
}
