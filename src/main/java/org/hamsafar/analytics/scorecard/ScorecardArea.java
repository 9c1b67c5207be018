package org.hamsafar.analytics.scorecard;

import java.util.Locale;
import java.util.function.BiFunction;

/** The six areas of digital customer experience, with the formula and data source each score states. */
enum ScorecardArea {
    ACCESSIBILITY("Mean of channel coverage (share of the channels in use over the range with any event this month) and availability"
            + " (mean share of the month's days on which each channel had an event), times 100.",
            "Interaction events (events module): channel and day of every event; channel 'other' (back-office events) left out.",
            (in, p) -> ScorecardFormulas.accessibility(in)),
    SERVICE_CONVENIENCE("Mean of first-contact resolution (support contact episodes with no further contact within the repeat window)"
            + " and self-service share (self-service events / (self-service events + support contacts); only when self-service events are"
            + " recorded), times 100.",
            "Interaction events: support contacts by channel (contactChannels) or type (contactTypes); self-service event types"
            + " (selfServiceTypes).",
            (in, p) -> ScorecardFormulas.serviceConvenience(in)),
    PURCHASE_CONVENIENCE("Mean of checkout conversion (sessions with a checkout event that also purchased) and step economy"
            + " (min(1, idealSteps / median events up to the first purchase in purchasing sessions)), times 100.",
            "Interaction events with a session id: checkoutType and purchaseType events per session.",
            (in, p) -> ScorecardFormulas.purchaseConvenience(in, p.idealSteps())),
    PERSONALISATION("Share of the month's active customers reached by a targeted message or next-best-action event, times 100;"
            + " no score when the store records no such events.",
            "Interaction events of the targetedTypes (none are recorded by the platform itself).",
            (in, p) -> ScorecardFormulas.personalisation(in)),
    SIMPLICITY("Mean of the CES mapped to 0..1 ((mean answer on 1..7 − 1) / 6) and mobile parity (min(1, purchase rate of mobile"
            + " sessions / purchase rate of web sessions)), times 100.",
            "Survey answers to CES questions (feedback module); sessions of the mobileChannel and webChannel (events).",
            (in, p) -> ScorecardFormulas.simplicity(in)),
    CHANNEL_FLEXIBILITY("Mean of the multi-channel share (active customers on two or more channels) and switch completion (buying"
            + " episodes, from a cart event, that went on on another channel and still ended in a purchase within switchDays), times 100.",
            "Interaction events: channels per customer; cartType, journeyTypes and purchaseType events per customer.",
            (in, p) -> ScorecardFormulas.channelFlexibility(in));

    private final String definition;
    private final String source;
    private final BiFunction<MonthInputs, ScorecardParameters, AreaScore> formula;

    ScorecardArea(String definition, String source, BiFunction<MonthInputs, ScorecardParameters, AreaScore> formula) {
        this.definition = definition;
        this.source = source;
        this.formula = formula;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String definition() {
        return definition;
    }

    String source() {
        return source;
    }

    AreaScore score(MonthInputs in, ScorecardParameters p) {
        return formula.apply(in, p);
    }
}
