package org.hamsafar.text;

import java.util.Objects;
import org.hamsafar.feedback.FeedbackPlace;

/**
 * Where customers write, as a journey stage's touchpoint names it: a {@code channel} key (required),
 * an event {@code type} and a {@code touchpoint} key (either may be null), and the {@code feedback}
 * place whose survey comments belong here (null: none).
 *
 * <p>Which analysed texts were written there:
 * <ul>
 *   <li>texts of events (source {@code event}): on that channel, at that touchpoint when one is named,
 *   from an event of that type when one is named (the event of the same customer and instant);</li>
 *   <li>survey comments (source {@code survey_answer}): those given at the {@code feedback} place,
 *   by the feedback module's rule ({@link FeedbackPlace});</li>
 *   <li>other texts (case notes, which are an agent's words) never.</li>
 * </ul>
 */
public record TextPlace(String channel, String type, String touchpoint, FeedbackPlace feedback) {
    public TextPlace {
        Objects.requireNonNull(channel, "channel");
    }
}
