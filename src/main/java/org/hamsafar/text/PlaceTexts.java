package org.hamsafar.text;

import java.util.List;

/**
 * The analysed texts written at one scope's places (see {@link TouchpointTexts}): how many, their
 * sentiment (counts per label, the sum and mean of the scores, each -1..1; the mean is null without
 * texts) and the topics most often mentioned negatively there.
 */
public record PlaceTexts(long texts, long positive, long neutral, long negative, double scoreSum, Double meanScore,
                         List<NegativeTopic> negativeTopics) {

    /**
     * A topic of the taxonomy (its labels; null when the topic has since been removed from it) with its
     * negative mentions and all its mentions in the scope's texts.
     */
    public record NegativeTopic(String key, String labelFa, String labelEn, long negativeMentions, long mentions) {
    }

    static PlaceTexts empty() {
        return new PlaceTexts(0, 0, 0, 0, 0, null, List.of());
    }
}
