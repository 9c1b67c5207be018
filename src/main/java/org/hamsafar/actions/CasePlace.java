package org.hamsafar.actions;

import java.util.Objects;
import org.hamsafar.feedback.FeedbackPlace;

/**
 * A place of a customer journey that cases are attributed to, as a journey stage's touchpoint names
 * it: the events it meets (a {@code channel} key, required; an event {@code type} and a
 * {@code touchpoint} key, either may be null) and the {@code feedback} place whose responses belong
 * here (null: none). See {@link TouchpointCases} for the rule.
 */
public record CasePlace(String channel, String type, String touchpoint, FeedbackPlace feedback) {
    public CasePlace {
        Objects.requireNonNull(channel, "channel");
    }
}
