package org.hamsafar.text;

import java.util.List;

/**
 * A topic a text talks about, with the sentiment of the sentences that mention it (aspect
 * sentiment: "the food was great but delivery was slow" has a positive food topic and a negative
 * delivery topic) and where the mentions are, as char ranges of the original text.
 */
public record TopicMention(String key, String label, Sentiment sentiment, List<Span> spans) {

    public TopicMention {
        spans = List.copyOf(spans);
    }
}
