package org.hamsafar.journeys;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.events.InteractionFunnels;
import org.hamsafar.events.InteractionFunnels.StepMatch;
import org.hamsafar.events.InteractionFunnels.StepReach;
import org.springframework.stereotype.Service;

/** Answers funnel questions: the events module counts in the database; this shapes conversions and drop-off. */
@Service
class Funnels {
    private final InteractionFunnels interactions;

    Funnels(InteractionFunnels interactions) {
        this.interactions = interactions;
    }

    FunnelReport query(FunnelDefinition funnel) {
        List<StepReach> reach = interactions.reach(funnel.steps(), funnel.window(), funnel.from(), funnel.to());
        List<FunnelReport.Step> steps = new ArrayList<>();
        long first = reach.get(0).customers();
        long previous = first;
        for (StepReach step : reach) {
            StepMatch match = funnel.steps().get(step.index());
            long customers = step.customers();
            boolean entry = step.index() == 0;
            steps.add(new FunnelReport.Step(step.index(), match.type(), match.channel(), match.touchpoint(), customers,
                    entry ? (first == 0 ? null : 1.0) : fraction(customers, previous), fraction(customers, first),
                    entry ? 0 : previous - customers, step.medianSecondsFromPrevious()));
            previous = customers;
        }
        return new FunnelReport(steps, funnel.windowText(), funnel.from(), funnel.to());
    }

    private static Double fraction(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
