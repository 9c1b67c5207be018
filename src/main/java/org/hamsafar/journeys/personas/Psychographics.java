package org.hamsafar.journeys.personas;

import java.util.List;

/**
 * What drives a persona: lists of short texts (each at most 50 items of at most 500 characters) and
 * the channels the persona prefers (channel keys of {@link org.hamsafar.shared.Channel}: web, app,
 * email, sms, phone, chat, social, store, other; each at most once). Lists are never null.
 */
public record Psychographics(List<String> goals, List<String> needs, List<String> frustrations, List<String> values,
                             List<String> interests, List<String> preferredChannels) {
    public static final Psychographics NONE = new Psychographics(null, null, null, null, null, null);

    public Psychographics {
        goals = goals == null ? List.of() : List.copyOf(goals);
        needs = needs == null ? List.of() : List.copyOf(needs);
        frustrations = frustrations == null ? List.of() : List.copyOf(frustrations);
        values = values == null ? List.of() : List.copyOf(values);
        interests = interests == null ? List.of() : List.copyOf(interests);
        preferredChannels = preferredChannels == null ? List.of() : List.copyOf(preferredChannels);
    }
}
