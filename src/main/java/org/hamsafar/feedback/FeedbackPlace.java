package org.hamsafar.feedback;

import org.hamsafar.shared.Keys;

/**
 * Where feedback is given, as a journey stage's touchpoint names it: a {@code touchpoint} key and/or
 * a {@code surveyId} (either may be null).
 *
 * <p>Which responses were given there ({@link FeedbackPlaces} writes it as SQL):
 * <ul>
 *   <li>with a touchpoint: responses at that touchpoint, of that survey when one is named, through
 *   any channel (a survey about a web purchase is often answered from an e-mail or SMS invitation:
 *   the response's channel says how it was asked, not where the experience happened);</li>
 *   <li>without a touchpoint but with a survey: every response to that survey;</li>
 *   <li>with neither: none (a channel or an event type alone does not say what feedback is about).</li>
 * </ul>
 */
public record FeedbackPlace(String touchpoint, Long surveyId) {
    public FeedbackPlace {
        if (touchpoint != null && !Keys.isKey(touchpoint)) {
            throw new IllegalArgumentException("not a touchpoint key: " + touchpoint);
        }
    }

    /** Whether any response can have been given here (a touchpoint or a survey is named). */
    public boolean collectsFeedback() {
        return touchpoint != null || surveyId != null;
    }
}
